package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static papernotes.git.SyncRepositoryTest.ALICE;
import static papernotes.git.SyncRepositoryTest.write;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Sync against git's own smart HTTP server ([GitHttpServer]), with a user name and token.
class SyncOverHttpTest extends RemoteSyncContract {

    static final String USER = "alice";
    static final String TOKEN = "ghp_Q2xpZW50U2VjcmV0VG9rZW4";

    @Override
    GitServer start(Path root) {
        return new GitHttpServer(root, USER, TOKEN);
    }

    @Test
    void aWrongTokenIsAnAuthenticationFailureWhoseMessageAndTraceHoldNoToken() throws IOException {
        var url = server.createRepository("library");
        var wrong = "wrong-Tok3n-that-must-not-leak";
        try (var laptop = device("laptop", url)) {
            write(laptop, "a.md", "a");
            laptop.commitAll("a", ALICE);
            for (var failure : new SyncException[] {
                assertThrows(SyncException.class, () -> laptop.fetch(Credentials.token(USER, wrong))),
                assertThrows(SyncException.class, () -> laptop.push(Credentials.token(USER, wrong)))
            }) {
                assertEquals(SyncException.Kind.AUTHENTICATION_FAILED, failure.kind(), failure.getMessage());
                assertEquals(
                        url + " did not accept the user name and token; check them and that they may read and write "
                                + "the repository.",
                        failure.getMessage());
                var trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                assertFalse(trace.toString().contains(wrong), trace.toString());
            }
        }
    }

    @Test
    void aPushTheServerRefusesForAReasonOfItsOwnIsRefused() throws IOException {
        var url = server.createRepository("library");
        var hook = temp.resolve("server/library.git/hooks/pre-receive");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'main is protected' >&2\nexit 1\n");
        hook.toFile().setExecutable(true);
        try (var laptop = device("laptop", url)) {
            write(laptop, "a.md", "a");
            laptop.commitAll("a", ALICE);
            var outcome = laptop.push(server.credentials());
            assertEquals(new PushOutcome.Refused("pre-receive hook declined"), outcome);
            assertEquals(Optional.empty(), laptop.fetch(server.credentials()), "nothing was pushed");
        }
    }

    @Test
    void noCredentialsIsAnAuthenticationFailure() {
        try (var laptop = device("laptop", server.createRepository("library"))) {
            var failure = assertThrows(SyncException.class, () -> laptop.fetch(Credentials.none()));
            assertEquals(SyncException.Kind.AUTHENTICATION_FAILED, failure.kind(), failure.getMessage());
        }
    }

    @Test
    void anAddressGivenWithItsTokenIsStoredAndShownWithoutItAndSyncsWithTheTokenGivenApart() throws IOException {
        var url = server.createRepository("library");
        var withToken = url.replace("http://", "http://" + USER + ":" + TOKEN + "@");
        try (var laptop = device("laptop", withToken)) {
            var stored = url.replace("http://", "http://" + USER + "@");
            assertEquals(stored, laptop.remoteUrl().orElseThrow().value());
            assertFalse(laptop.toString().contains(TOKEN), laptop.toString());
            assertFalse(Files.readString(laptop.folder().resolve(".git/config")).contains(TOKEN));
            assertEquals(
                    "http://alice:***@127.0.0.1/x.git", RemoteUrl.shown("http://alice:" + TOKEN + "@127.0.0.1/x.git"));

            write(laptop, "a.md", "a");
            var commit = laptop.commitAll("a", ALICE).orElseThrow();
            assertEquals(new PushOutcome.Pushed(commit), laptop.push(server.credentials()));
            assertEquals(Optional.of(commit), laptop.fetch(server.credentials()));
        }
    }
}
