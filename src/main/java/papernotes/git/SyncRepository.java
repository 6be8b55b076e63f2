package papernotes.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import papernotes.git.SyncException.Kind;

/// The git repository a library syncs through: a folder whose files are the export of the library, one branch
/// `main`, one remote `origin`. It knows nothing of notes: it commits the folder, fetches and pushes `main`, reads the
/// files of commits, and writes merge commits whose files the caller worked out.
///
/// A round of sync: [#commitAll], [#fetch], a merge of the two sides' files when both moved ([#mergeBase],
/// [#changedPaths], [#files], then [#commitTree] with both parents and [#checkout]), [#push]; a push that meets
/// [PushOutcome.RemoteMoved] starts another round.
///
/// Every failure is a [SyncException]; no message, log line or stored address holds a password or token. One
/// caller at a time; [#close] when done.
public final class SyncRepository implements AutoCloseable {

    public static final String BRANCH = "main";
    public static final String REMOTE = "origin";

    private final Path folder;
    private final Repository repository;
    private final History history;
    private final CommitWriter writer;
    private final WorkingTree workingTree;

    private SyncRepository(Path folder, Repository repository) {
        this.folder = folder;
        this.repository = repository;
        this.history = new History(repository);
        this.writer = new CommitWriter(repository);
        this.workingTree = new WorkingTree(repository);
    }

    /// The sync repository in `folder` (its `.git` right inside it; folders above are not searched).
    ///
    /// @throws SyncException of kind [Kind#NOT_FOUND] when `folder` holds none
    public static SyncRepository open(Path folder) {
        try {
            var repository = new FileRepositoryBuilder()
                    .setWorkTree(folder.toFile())
                    .setGitDir(folder.resolve(Constants.DOT_GIT).toFile())
                    .setMustExist(true)
                    .build();
            return new SyncRepository(folder, repository);
        } catch (RepositoryNotFoundException e) {
            throw new SyncException(Kind.NOT_FOUND, "There is no sync repository in " + folder + ".", e);
        } catch (IOException e) {
            throw SyncFailures.local(e, "open the sync repository in " + folder);
        }
    }

    /// Makes `folder` (created if need be) a sync repository whose remote is `remoteUrl`, stored without its password;
    /// an existing one is kept and its remote set. Nothing is fetched: an empty remote cannot be cloned ("Remote
    /// branch 'HEAD' not found"), so a repository always starts here and meets its remote by [#fetch] and [#push].
    public static SyncRepository init(Path folder, String remoteUrl) {
        var remote = RemoteUrl.of(remoteUrl);
        try {
            Files.createDirectories(folder);
            Git.init()
                    .setDirectory(folder.toFile())
                    .setInitialBranch(BRANCH)
                    .call()
                    .close();
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw SyncFailures.local(e, "make a sync repository in " + folder);
        }
        var repository = open(folder);
        try {
            repository.configure(remote);
            return repository;
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /// The settings a sync repository keeps: `origin` and what `main` follows, and the files taken byte for byte,
    /// whatever the user's own git settings say (`core.autocrlf`).
    private void configure(RemoteUrl remote) {
        var config = repository.getConfig();
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
        // JGit packs the repository after a fetch when it needs it; in the sync's own thread, not one of JGit's that
        // would outlive the round.
        config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
        config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL, remote.value());
        config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "fetch", RemoteExchange.FETCH_SPEC);
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
        config.setString(
                ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE, RemoteExchange.MAIN);
        try {
            config.save();
        } catch (IOException e) {
            throw SyncFailures.local(e, "store the settings of the sync repository in " + folder);
        }
    }

    public Path folder() {
        return folder;
    }

    /// The address of `origin`, without a password; nothing when none is set.
    public Optional<RemoteUrl> remoteUrl() {
        return Optional.ofNullable(repository
                        .getConfig()
                        .getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL))
                .map(RemoteUrl::of);
    }

    /// Points `origin` at `remoteUrl`, stored without its password.
    public void setRemoteUrl(String remoteUrl) {
        var remote = RemoteUrl.of(remoteUrl);
        var config = repository.getConfig();
        config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL, remote.value());
        try {
            config.save();
        } catch (IOException e) {
            throw SyncFailures.local(e, "store the remote address in " + folder);
        }
    }

    /// The commit `main` is at; nothing before the first commit.
    public Optional<CommitId> head() {
        try {
            return workingTree.head().map(History::id);
        } catch (IOException e) {
            throw SyncFailures.local(e, "read main in " + folder);
        }
    }

    /// The commit of the remote's `main` as last fetched; nothing before a fetch found one.
    public Optional<CommitId> fetchedMain() {
        try {
            return Optional.ofNullable(repository.resolve(RemoteExchange.TRACKING))
                    .map(History::id);
        } catch (IOException e) {
            throw SyncFailures.local(e, "read what was fetched in " + folder);
        }
    }

    /// Commits every file of the folder, new, changed or removed, onto `main`; nothing when its files are those of
    /// `main`'s commit already (or, before the first commit, when the folder is empty).
    public Optional<CommitId> commitAll(String message, Author author) {
        try {
            var head = workingTree.head();
            var tree = workingTree.stageAll();
            var headTree = head.isPresent() ? Optional.of(treeOf(head.get())) : Optional.<ObjectId>empty();
            if (headTree.map(tree::equals).orElse(isEmptyTree(tree))) {
                return Optional.empty();
            }
            var parents = head.map(History::id).stream().toList();
            var commit = writer.commit(tree, parents, message, author);
            writer.moveMain(head.orElse(null), commit, "commit: " + firstLine(message));
            return Optional.of(History.id(commit));
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw SyncFailures.local(e, "commit the files in " + folder);
        }
    }

    /// Fetches the remote's `main`; its commit, or nothing when the remote has no `main` (an empty repository).
    public Optional<CommitId> fetch(Credentials credentials) {
        return exchange().fetch(credentials);
    }

    /// Pushes `main` to the remote's `main`, never forcing it: [PushOutcome.RemoteMoved] when the remote's moved
    /// since we fetched.
    ///
    /// @throws IllegalStateException before the first commit
    public PushOutcome push(Credentials credentials) {
        var main = head().orElseThrow(() -> new IllegalStateException("There is no commit on main to push."));
        return exchange().push(main, credentials);
    }

    /// The latest commit both `a` and `b` descend from (one of them, for criss-cross histories); nothing when their
    /// histories never met (a repository that started on its own).
    public Optional<CommitId> mergeBase(CommitId a, CommitId b) {
        return history.mergeBase(a, b);
    }

    /// Whether `descendant` is `ancestor` or descends from it.
    public boolean isAncestor(CommitId ancestor, CommitId descendant) {
        return history.isAncestor(ancestor, descendant);
    }

    /// Whether the remote's history was rewritten (a force-push) between `lastSeen`, the remote's `main` at an earlier
    /// fetch, and `now`, its `main` at this one: `lastSeen` is not among `now`'s ancestors. A `lastSeen` this
    /// repository no longer holds counts as rewritten, since nothing shows it was kept.
    public boolean wasRewritten(CommitId lastSeen, CommitId now) {
        return !history.has(lastSeen) || !history.isAncestor(lastSeen, now);
    }

    /// Every file of `commit` by its path (`/` between folders), in path order.
    public Map<String, byte[]> files(CommitId commit) {
        return history.files(commit);
    }

    /// The file at `path` in `commit`, if there is one: one file without reading the others.
    public Optional<byte[]> read(CommitId commit, String path) {
        return history.read(commit, path);
    }

    /// The paths whose file was added, removed or changed from `from` to `to`, in path order.
    public Set<String> changedPaths(CommitId from, CommitId to) {
        return history.changedPaths(from, to);
    }

    /// A commit of exactly `files` with `parents` (two for a merge), stored but on no branch until [#checkout].
    ///
    /// @throws IllegalArgumentException when a path cannot be stored (`..`, `.git`, a path both file and folder)
    public CommitId commitTree(Map<String, byte[]> files, List<CommitId> parents, String message, Author author) {
        try {
            return History.id(writer.commit(writer.tree(files), parents, message, author));
        } catch (IOException e) {
            throw SyncFailures.local(e, "write a commit in " + folder);
        }
    }

    /// Makes the folder hold `commit`'s files and moves `main` to it. A file changed in the folder but not committed
    /// is left alone when `commit` does not change it; when it does, nothing is checked out.
    public void checkout(CommitId commit) {
        try {
            var head = workingTree.head();
            var target = ObjectId.fromString(commit.hex());
            if (!history.has(commit)) {
                throw new SyncException(Kind.OTHER, "The sync repository has no commit " + commit.abbreviated() + ".");
            }
            workingTree.checkout(target, head);
            writer.moveMain(head.orElse(null), target, "checkout: " + commit.abbreviated());
        } catch (CheckoutConflictException e) {
            throw new SyncException(
                    Kind.OTHER,
                    "Files in " + folder + " changed but were not committed: "
                            + String.join(", ", e.getConflictingFiles()) + ".",
                    e);
        } catch (IOException e) {
            throw SyncFailures.local(e, "check out " + commit.abbreviated() + " in " + folder);
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    @Override
    public String toString() {
        var url = repository
                .getConfig()
                .getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL);
        return "SyncRepository[" + folder + ", " + REMOTE + "=" + (url == null ? "none" : RemoteUrl.shown(url)) + "]";
    }

    private RemoteExchange exchange() {
        var remote = remoteUrl()
                .orElseThrow(() -> new SyncException(
                        Kind.NOT_FOUND, "The sync repository in " + folder + " has no remote address."));
        return new RemoteExchange(repository, remote);
    }

    private ObjectId treeOf(ObjectId commit) throws IOException {
        try (var walk = new RevWalk(repository)) {
            return walk.parseCommit(commit).getTree().getId();
        }
    }

    private static boolean isEmptyTree(ObjectId tree) {
        return tree.equals(Constants.EMPTY_TREE_ID);
    }

    private static String firstLine(String message) {
        var end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
