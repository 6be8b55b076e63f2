package papernotes.git;

import java.nio.file.Path;

/// Sync against JGit's `git://` server ([GitDaemonServer]).
class SyncOverGitDaemonTest extends RemoteSyncContract {

    @Override
    GitServer start(Path root) {
        return new GitDaemonServer(root);
    }
}
