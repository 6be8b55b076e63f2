package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.git.GitDaemonServer;

/// `sync init` and `sync` as a new user tries them, with a bare repository served by a git daemon on 127.0.0.1:
/// one library attached and synced, a second one attached to the same remote and given the first one's note once.
@Tag("slow")
class SyncCommandTest {

    @TempDir
    Path dir;

    private CliRun in(String library, String... args) {
        return CommandRuns.in(dir.resolve(library)).run(args);
    }

    @Test
    void aSecondLibraryAttachedToTheSameRemoteGetsTheFirstsNoteOnce() throws Exception {
        try (var server = new GitDaemonServer(dir.resolve("server"))) {
            var url = server.createRepository("lab");
            assertEquals(
                    0,
                    in("a", "new", "--title", "LoRA", "--topic", "Fine-tuning").exitCode());
            var status = in("a", "sync", "status");
            assertTrue(status.out().startsWith("Not attached"), status.out());
            var attached = in("a", "sync", "init", url);
            assertEquals(0, attached.exitCode(), attached.err());
            var first = in("a", "sync");
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().contains("this library's changes went out"), first.out());

            assertEquals(0, in("b", "sync", "init", url).exitCode());
            var second = in("b", "sync", "--json");
            assertEquals(0, second.exitCode(), second.err());
            var json = new ObjectMapper().readTree(second.out());
            assertEquals(0, json.get("conflicts").size());
            var found = in("b", "list");
            assertEquals(
                    1, found.out().lines().filter(line -> line.contains("LoRA")).count(), found.out());
            assertEquals(28, in("b", "list", "--json").out().split("\"id\"", -1).length - 1);
        }
    }
}
