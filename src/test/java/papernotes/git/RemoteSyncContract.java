package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.git.SyncRepositoryTest.ALICE;
import static papernotes.git.SyncRepositoryTest.bytes;
import static papernotes.git.SyncRepositoryTest.read;
import static papernotes.git.SyncRepositoryTest.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What sync needs of a remote, held by every kind of server: each subclass runs these against a real one.
abstract class RemoteSyncContract {

    @TempDir
    Path temp;

    GitServer server;

    /// A server serving the bare repositories of `root`.
    abstract GitServer start(Path root);

    @BeforeEach
    void startServer() {
        server = start(temp.resolve("server"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    SyncRepository device(String name, String url) {
        return SyncRepository.init(temp.resolve(name), url);
    }

    @Test
    void aRepositoryStartedLocallyPushesIntoAnEmptyRemote() throws IOException {
        var url = server.createRepository("library");
        try (var laptop = device("laptop", url)) {
            assertEquals(Optional.empty(), laptop.fetch(server.credentials()), "an empty remote has no main");
            write(laptop, "notes/esrgan.md", "# ESRGAN\n");
            var commit = laptop.commitAll("export", ALICE).orElseThrow();

            assertEquals(new PushOutcome.Pushed(commit), laptop.push(server.credentials()));
            assertEquals(Optional.of(commit), laptop.fetch(server.credentials()));
            assertEquals(Optional.of(commit), laptop.fetchedMain());
            assertEquals(new PushOutcome.Pushed(commit), laptop.push(server.credentials()), "nothing new: still fine");
        }
    }

    @Test
    void aSecondRepositoryStartedLocallyFetchesWhatTheFirstPushed() throws IOException {
        var url = server.createRepository("library");
        try (var laptop = device("laptop", url);
                var desktop = device("desktop", url)) {
            write(laptop, "notes/esrgan.md", "# ESRGAN\n");
            var commit = laptop.commitAll("export", ALICE).orElseThrow();
            laptop.push(server.credentials());

            assertEquals(Optional.of(commit), desktop.fetch(server.credentials()));
            assertEquals(Set.of("notes/esrgan.md"), desktop.files(commit).keySet());
            desktop.checkout(commit);
            assertEquals(Optional.of(commit), desktop.head());
            assertEquals("# ESRGAN\n", read(desktop, "notes/esrgan.md"));
        }
    }

    @Test
    void aPushRejectedBecauseAnotherRepositoryPushedFirstSucceedsAfterFetchAndMerge() throws IOException {
        var url = server.createRepository("library");
        try (var laptop = device("laptop", url);
                var desktop = device("desktop", url)) {
            write(laptop, "a.md", "a");
            var base = laptop.commitAll("base", ALICE).orElseThrow();
            laptop.push(server.credentials());
            desktop.fetch(server.credentials());
            desktop.checkout(base);

            write(laptop, "a.md", "a, from the laptop");
            var theirs = laptop.commitAll("laptop", ALICE).orElseThrow();
            assertEquals(new PushOutcome.Pushed(theirs), laptop.push(server.credentials()));
            write(desktop, "b.md", "b, from the desktop");
            var ours = desktop.commitAll("desktop", ALICE).orElseThrow();

            assertEquals(new PushOutcome.RemoteMoved(), desktop.push(server.credentials()));

            assertEquals(Optional.of(theirs), desktop.fetch(server.credentials()));
            assertFalse(desktop.wasRewritten(base, theirs));
            assertEquals(Optional.of(base), desktop.mergeBase(ours, theirs));
            assertEquals(Set.of("a.md"), desktop.changedPaths(base, theirs));
            var merged = new HashMap<>(desktop.files(ours));
            merged.put("a.md", desktop.read(theirs, "a.md").orElseThrow());
            var merge = desktop.commitTree(merged, List.of(ours, theirs), "merge", ALICE);
            desktop.checkout(merge);

            assertEquals(new PushOutcome.Pushed(merge), desktop.push(server.credentials()));
            assertEquals(Optional.of(merge), laptop.fetch(server.credentials()));
            assertTrue(laptop.isAncestor(theirs, merge));
            laptop.checkout(merge);
            assertEquals("b, from the desktop", read(laptop, "b.md"));
            assertEquals("a, from the laptop", read(laptop, "a.md"));
        }
    }

    @Test
    void aForcePushThatRewroteTheRemoteIsDetected() throws IOException, GitAPIException {
        var url = server.createRepository("library");
        try (var laptop = device("laptop", url);
                var desktop = device("desktop", url);
                var rewriter = device("rewriter", url)) {
            write(laptop, "a.md", "a");
            var first = laptop.commitAll("first", ALICE).orElseThrow();
            write(laptop, "a.md", "a2");
            var second = laptop.commitAll("second", ALICE).orElseThrow();
            laptop.push(server.credentials());
            var lastSeen = desktop.fetch(server.credentials()).orElseThrow();
            assertEquals(second, lastSeen);

            rewriter.fetch(server.credentials());
            var rewritten = rewriter.commitTree(Map.of("a.md", bytes("other")), List.of(first), "rewrite", ALICE);
            rewriter.checkout(rewritten);
            assertEquals(new PushOutcome.RemoteMoved(), rewriter.push(server.credentials()), "sync never forces");
            try (var git = Git.open(rewriter.folder().toFile())) {
                git.push().setForce(true).setCredentialsProvider(provider()).call();
            }

            var now = desktop.fetch(server.credentials()).orElseThrow();
            assertEquals(rewritten, now);
            assertTrue(desktop.wasRewritten(lastSeen, now));
            assertFalse(desktop.wasRewritten(first, now));
        }
    }

    @Test
    void aStoppedServerIsANetworkFailure() throws IOException {
        var url = server.createRepository("library");
        try (var laptop = device("laptop", url)) {
            write(laptop, "a.md", "a");
            laptop.commitAll("a", ALICE);
            server.stop();

            var fetching = assertThrows(SyncException.class, () -> laptop.fetch(server.credentials()));
            assertEquals(SyncException.Kind.NETWORK_DOWN, fetching.kind(), fetching.getMessage());
            assertEquals(
                    "Could not reach " + url + "; check the network connection and the address.",
                    fetching.getMessage());
            var pushing = assertThrows(SyncException.class, () -> laptop.push(server.credentials()));
            assertEquals(SyncException.Kind.NETWORK_DOWN, pushing.kind(), pushing.getMessage());
        }
    }

    @Test
    void aRepositoryTheServerDoesNotHaveIsNotFound() {
        try (var laptop = device("laptop", server.url("missing"))) {
            var failure = assertThrows(SyncException.class, () -> laptop.fetch(server.credentials()));
            assertEquals(SyncException.Kind.NOT_FOUND, failure.kind(), failure.getMessage());
            assertEquals(
                    "There is no git repository at " + server.url("missing") + "; check the address.",
                    failure.getMessage());
        }
    }

    /// JGit's own credentials for what the server asks, for the force-push that sync itself never makes.
    CredentialsProvider provider() {
        return server.credentials() instanceof Credentials.Token token
                ? new UsernamePasswordCredentialsProvider(token.user(), token.token())
                : new UsernamePasswordCredentialsProvider("", "");
    }
}
