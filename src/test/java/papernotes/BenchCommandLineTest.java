package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.bench.BenchCommand;
import papernotes.bench.EvalCommand;
import papernotes.cli.CliRun;

/// The measuring tools' commands, `bench` and `eval`, as `papernotes-bench.jar` adds them beside the user's, end to
/// end over a real library in a temporary folder.
@Tag("slow")
class BenchCommandLineTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CommandRuns.in(dir)
                .withCommands(List.of(BenchCommand.class, EvalCommand.class))
                .run(args);
    }

    private static void assertFails(CliRun run, int code, String message) {
        assertEquals(code, run.exitCode(), run.out());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        assertEquals("papernotes: " + message, run.err().strip());
    }

    @Test
    void evalReportsPaperNotesBesideTheBaselines() throws Exception {
        var queries = dir.resolve("q.jsonl");
        Files.writeString(queries, "{\"q\": \"换脸\", \"cat\": \"zh\", \"rel\": {\"FSGAN\": 2}}\n");
        var eval = run("eval", queries.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("PaperNotes"), eval.out());
        assertTrue(eval.out().contains("FTS5 unicode61"), eval.out());
        assertTrue(eval.out().contains("FTS5 trigram+LIKE"), eval.out());
        Files.writeString(queries, "{\"q\": 1}\n");
        assertFails(
                run("eval", queries.toString()), 1, queries + " line 1: needs \"q\" (text) and \"rel\" (an object).");
    }

    @Test
    void benchRenderReportsThreeSizes() {
        var run = run("bench", "render", "--runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(4, run.lines().size(), run.out());
        assertTrue(run.lines().get(3).startsWith("1000 KB"), run.out());
        assertFails(
                run("bench", "search"),
                1,
                "Say what to measure: 'bench --notes N', 'bench render', 'bench startup'" + " or 'bench memory'.");
    }

    @Test
    void benchMemoryReadsTheResidentSetByWordsThenWithMeanings() {
        var run = run("bench", "memory", "--searches", "20");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(4, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).startsWith("words only, after 20 searches"), run.out());
        assertTrue(run.lines().get(2).startsWith("with meanings, after 20 more searches"), run.out());
        assertTrue(run.lines().get(3).matches("search by meaning adds [+-]\\d+\\.\\d MB resident"), run.out());
    }

    @Test
    void benchStartupChecksWhatItIsGivenBeforeStartingAnything() {
        assertFails(run("bench", "startup", "--memory"), 1, "--memory needs --query: it measures after a search.");
        var none = run("bench", "startup", "--runs", "1", "--query", "换脸");
        assertEquals(1, none.exitCode(), none.out());
        assertTrue(none.err().startsWith("papernotes: There is no library in "), none.err());
        assertFalse(Files.exists(dir.resolve("data").resolve("library.db")), "the library was not made");
    }

    @Test
    void theMeasuringCommandsHaveHelp_besideTheUsersCommands() {
        for (String command : List.of("bench", "eval", "list")) {
            var help = run(command, "--help");
            assertEquals(0, help.exitCode(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: papernotes " + command), help.out());
            assertEquals("", help.err(), command);
        }
        assertFalse(run("--help").out().isEmpty());
    }
}
