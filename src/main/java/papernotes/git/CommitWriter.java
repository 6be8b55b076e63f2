package papernotes.git;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.jspecify.annotations.Nullable;

/// Writes trees and commits straight into the object database, and moves `main`. Commits are built here rather than
/// by JGit's `CommitCommand`, so that no hook runs and no setting of the user's (`commit.gpgSign`) applies.
final class CommitWriter {

    private final Repository repository;

    CommitWriter(Repository repository) {
        this.repository = repository;
    }

    /// A tree of exactly `files` (regular files, by path with `/` between folders), stored.
    ObjectId tree(Map<String, byte[]> files) throws IOException {
        var index = DirCache.newInCore();
        var builder = index.builder();
        try (var inserter = repository.newObjectInserter()) {
            for (var file : new TreeMap<>(files).entrySet()) {
                var entry = entry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setLength(file.getValue().length);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
                builder.add(entry);
            }
            try {
                builder.finish();
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("A path is both a file and a folder: " + e.getMessage(), e);
            }
            var tree = index.writeTree(inserter);
            inserter.flush();
            return tree;
        }
    }

    /// A commit of `tree` with `parents` (none for a first commit, two for a merge), stored but not on any branch.
    ObjectId commit(ObjectId tree, List<CommitId> parents, String message, Author author) throws IOException {
        var person = new PersonIdent(author.name(), author.email(), author.when(), ZoneOffset.UTC);
        var commit = new CommitBuilder();
        commit.setTreeId(tree);
        try (var walk = new RevWalk(repository)) {
            for (var parent : parents) {
                commit.addParentId(History.parse(walk, parent));
            }
        }
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message.endsWith("\n") ? message : message + "\n");
        try (var inserter = repository.newObjectInserter()) {
            var id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    /// Moves `main` from `expected` (`null`: `main` does not exist yet) to `target`, failing if it moved meanwhile.
    void moveMain(@Nullable ObjectId expected, ObjectId target, String reason) throws IOException {
        var update = repository.updateRef(Constants.R_HEADS + SyncRepository.BRANCH);
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        update.setNewObjectId(target);
        update.setForceUpdate(true);
        update.setRefLogMessage(reason, false);
        var result = update.update();
        if (result != RefUpdate.Result.NEW
                && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.FAST_FORWARD
                && result != RefUpdate.Result.NO_CHANGE) {
            throw new SyncException(
                    SyncException.Kind.OTHER,
                    "Could not move main to " + target.abbreviate(7).name() + " (" + result
                            + "); another program may be using the sync folder.");
        }
    }

    private static DirCacheEntry entry(String path) {
        try {
            return new DirCacheEntry(path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + path + "' is not a path git can store.", e);
        }
    }
}
