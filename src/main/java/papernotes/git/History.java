package papernotes.git;

import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/// Reads the commits of the sync repository: how they relate and the files they hold. Nothing here writes.
final class History {

    private final Repository repository;

    History(Repository repository) {
        this.repository = repository;
    }

    /// Whether the repository holds `commit`.
    boolean has(CommitId commit) {
        try (var walk = new RevWalk(repository)) {
            walk.parseCommit(ObjectId.fromString(commit.hex()));
            return true;
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            return false;
        } catch (IOException e) {
            throw SyncFailures.local(e, "read the sync repository");
        }
    }

    Optional<CommitId> mergeBase(CommitId a, CommitId b) {
        try (var walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(parse(walk, a));
            walk.markStart(parse(walk, b));
            return Optional.ofNullable(walk.next()).map(History::id);
        } catch (IOException e) {
            throw SyncFailures.local(e, "find where " + a.abbreviated() + " and " + b.abbreviated() + " part");
        }
    }

    boolean isAncestor(CommitId ancestor, CommitId descendant) {
        try (var walk = new RevWalk(repository)) {
            return walk.isMergedInto(parse(walk, ancestor), parse(walk, descendant));
        } catch (IOException e) {
            throw SyncFailures.local(e, "compare " + ancestor.abbreviated() + " with " + descendant.abbreviated());
        }
    }

    /// Every file of `commit` by its path (`/` between folders), in path order.
    SortedMap<String, byte[]> files(CommitId commit) {
        var files = new TreeMap<String, byte[]>();
        try (var walk = new RevWalk(repository);
                var tree = new TreeWalk(repository)) {
            tree.addTree(parse(walk, commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                if (isFile(tree.getFileMode(0))) {
                    files.put(tree.getPathString(), bytes(tree.getObjectId(0)));
                }
            }
        } catch (IOException e) {
            throw SyncFailures.local(e, "read the files of " + commit.abbreviated());
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /// The file at `path` in `commit`, if there is one.
    Optional<byte[]> read(CommitId commit, String path) {
        try (var walk = new RevWalk(repository);
                var tree =
                        TreeWalk.forPath(repository, path, parse(walk, commit).getTree())) {
            if (tree == null || !isFile(tree.getFileMode(0))) {
                return Optional.empty();
            }
            return Optional.of(bytes(tree.getObjectId(0)));
        } catch (IOException e) {
            throw SyncFailures.local(e, "read " + path + " of " + commit.abbreviated());
        }
    }

    /// The paths whose file was added, removed or changed between `from` and `to`, in path order.
    Set<String> changedPaths(CommitId from, CommitId to) {
        var paths = new TreeSet<String>();
        try (var walk = new RevWalk(repository);
                var tree = new TreeWalk(repository)) {
            tree.addTree(parse(walk, from).getTree());
            tree.addTree(parse(walk, to).getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        } catch (IOException e) {
            throw SyncFailures.local(e, "compare " + from.abbreviated() + " with " + to.abbreviated());
        }
        return Collections.unmodifiableSet(paths);
    }

    /// The commit `id` names, read by `walk`.
    static RevCommit parse(RevWalk walk, CommitId id) throws IOException {
        try {
            return walk.parseCommit(ObjectId.fromString(id.hex()));
        } catch (MissingObjectException | IncorrectObjectTypeException e) {
            throw new SyncException(
                    SyncException.Kind.OTHER, "The sync repository has no commit " + id.abbreviated() + ".", e);
        }
    }

    static CommitId id(ObjectId id) {
        return new CommitId(id.name());
    }

    private static boolean isFile(FileMode mode) {
        return (mode.getBits() & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
    }

    private byte[] bytes(ObjectId blob) throws IOException {
        return repository.open(blob).getBytes(Integer.MAX_VALUE);
    }
}
