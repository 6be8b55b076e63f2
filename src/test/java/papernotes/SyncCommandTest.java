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

    @Test
    void theSameNoteEditedOnBothMachinesIsListedByConflictsWithBothTexts_andResolveSettlesIt() throws Exception {
        try (var server = new GitDaemonServer(dir.resolve("server"))) {
            var url = server.createRepository("lab");
            var id = in("a", "new", "--title", "LoRA", "--topic", "Fine-tuning")
                    .lines()
                    .getLast();
            in("a", "sync", "init", url);
            in("a", "sync");
            in("b", "sync", "init", url);
            in("b", "sync");
            CommandRuns.in(dir.resolve("a")).runWithInput("低秩适配 from A\n", "edit", id, "--body-file", "-");
            CommandRuns.in(dir.resolve("b")).runWithInput("frozen weights from B\n", "edit", id, "--body-file", "-");
            in("a", "sync");
            var round = in("b", "sync");
            assertTrue(round.out().contains("1 conflict."), round.out());

            var listed =
                    new ObjectMapper().readTree(in("b", "conflicts", "--json").out());
            assertEquals(1, listed.size());
            assertEquals(id, listed.get(0).get("id").asText());
            assertEquals(
                    "frozen weights from B\n",
                    listed.get(0).get("mine").get("body").asText());
            assertEquals(
                    "低秩适配 from A\n", listed.get(0).get("theirs").get("body").asText());

            var settled = in("b", "resolve", id, "--keep", "theirs");
            assertEquals(0, settled.exitCode(), settled.err());
            assertEquals(
                    "低秩适配 from A\n",
                    new ObjectMapper()
                            .readTree(in("b", "show", id, "--json").out())
                            .get("body")
                            .asText());
            assertEquals("No conflicts.", in("b", "conflicts").out().strip());
        }
    }
}
