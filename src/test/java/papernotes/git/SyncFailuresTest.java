package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import papernotes.git.SyncException.Kind;

/// What JGit and the file system throw, as the kinds and sentences of [SyncException]. The servers' own failures
/// are in [SyncOverGitDaemonTest] and [SyncOverHttpTest]; these are the ones a test cannot easily provoke.
class SyncFailuresTest {

    static final RemoteUrl REMOTE = RemoteUrl.of("https://alice@git.example.org/notes.git");
    static final Credentials TOKEN = Credentials.token("alice", "ghp_s3cretT0ken");

    @Test
    void aFullDiskIsDiskFullWhereverItShowsInTheChain() {
        var full = new JGitInternalException(
                "Exception caught during execution of add command",
                new FileSystemException("/home/alice/sync/.git/index.lock", null, "No space left on device"));
        assertEquals(Kind.DISK_FULL, SyncFailures.local(full, "commit").kind());
        assertEquals(
                "The disk is full; free some space and sync again.",
                SyncFailures.remote(
                                new TransportException("unpack failed", new IOException("Disk quota exceeded")),
                                REMOTE,
                                TOKEN,
                                "fetch from")
                        .getMessage());
    }

    @Test
    void anUnreachableHostIsNetworkDown() {
        for (var cause : new Exception[] {
            new ConnectException("Connection refused"),
            new UnknownHostException("git.example.org"),
            new SocketTimeoutException("Read timed out")
        }) {
            var failure = SyncFailures.remote(
                    new TransportException(REMOTE + ": cannot open git-upload-pack", cause),
                    REMOTE,
                    TOKEN,
                    "fetch from");
            assertEquals(Kind.NETWORK_DOWN, failure.kind(), cause.toString());
        }
    }

    @Test
    void aRepositoryTheServerDoesNotHaveOrExportIsNotFound() throws Exception {
        var uri = new URIish(REMOTE.value());
        assertEquals(Kind.NOT_FOUND, SyncFailures.kindOf(new NoRemoteRepositoryException(uri, "not found.")));
        assertEquals(
                Kind.NOT_FOUND,
                SyncFailures.kindOf(
                        new RemoteRepositoryException(uri, "access denied or repository not exported: /notes.git")));
    }

    @Test
    void anythingElseSaysWhatJgitSaidWithoutTheAddressTwiceOrAnySecret() {
        var failure = SyncFailures.remote(
                new TransportException(REMOTE + ": protocol error for https://alice:ghp_s3cretT0ken@host, token "
                        + "ghp_s3cretT0ken."),
                REMOTE,
                TOKEN,
                "push to");
        assertEquals(Kind.OTHER, failure.kind());
        assertEquals(
                "Could not push to https://alice@git.example.org/notes.git: protocol error for "
                        + "https://alice:***@host, token ***.",
                failure.getMessage());
        assertNull(failure.getCause(), "a cause that holds the secret is not kept, lest a stack trace show it");
    }

    @Test
    void aCauseWithoutSecretsIsKeptForTheLog() {
        var cause = new TransportException("early EOF");
        var failure = SyncFailures.remote(cause, REMOTE, TOKEN, "fetch from");
        assertSame(cause, failure.getCause());
        assertFalse(failure.getMessage().contains("ghp_s3cretT0ken"));
    }
}
