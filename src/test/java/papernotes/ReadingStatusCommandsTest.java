package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;

/// The reading status and priority on the command line, over a library of the shipped notes: set and cleared by
/// `new` and `edit`, shown by `show`, and filtering and ordering `list` and `search`; a value that is none is
/// refused in one line, and nothing is written.
@Tag("slow")
class ReadingStatusCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CommandRuns.in(dir).run(args);
    }

    private static JsonNode json(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        try {
            return JSON.readTree(run.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
    }

    private static List<String> titles(JsonNode list) {
        var titles = new ArrayList<String>();
        list.forEach(note -> titles.add(note.get("title").asText()));
        return titles;
    }

    @Test
    void editSetsAndClearsTheStatusAndPriority_andShowPrintsThem() {
        assertEquals(
                0,
                run("edit", "FSGAN", "--status", "to-read", "--priority", "1").exitCode());
        var shown = json(run("show", "FSGAN", "--json"));
        assertEquals("to-read", shown.get("status").asText());
        assertEquals(1, shown.get("priority").asInt());
        var text = run("show", "FSGAN").out();
        assertTrue(text.contains("\nstatus:  to-read\npriority: 1\n"), text);

        assertEquals(0, run("edit", "FSGAN", "--status", "已读").exitCode());
        assertEquals("read", json(run("show", "FSGAN", "--json")).get("status").asText());
        assertEquals(1, json(run("history", "FSGAN", "--json")).size() - 1, "each edit keeps a revision");

        assertEquals(0, run("edit", "FSGAN", "--status", "", "--priority", "").exitCode());
        var cleared = json(run("show", "FSGAN", "--json"));
        assertTrue(cleared.get("status").isNull());
        assertTrue(cleared.get("priority").isNull());
        assertTrue(json(run("list", "--json")).get(0).has("status"), "list --json has the keys, null or not");
    }

    @Test
    void listIsFilteredByStatus_andSortedByPriority() {
        assertEquals(
                0,
                run("edit", "FSGAN", "--status", "to-read", "--priority", "3").exitCode());
        assertEquals(
                0,
                run("edit", "HifiFace", "--status", "to-read", "--priority", "1")
                        .exitCode());
        assertEquals(0, run("edit", "GFPGAN", "--status", "reading").exitCode());
        var created = run("new", "--title", "LoRA", "--topic", "Fine-tuning", "--status", "to-read");
        assertEquals(0, created.exitCode(), created.err());

        assertEquals(
                List.of("HifiFace", "FSGAN", "LoRA"),
                titles(json(run("list", "--status", "to-read", "--sort", "priority", "--json"))));
        assertEquals(List.of("GFPGAN"), titles(json(run("list", "--status", "在读", "--json"))));
        var sorted = titles(json(run("list", "--sort", "PRIORITY", "--json")));
        assertEquals(List.of("HifiFace", "FSGAN", "LoRA", "GFPGAN"), sorted.subList(0, 4));
        assertEquals(28, sorted.size(), "notes without a status follow");
        var line =
                run("list", "--status", "to-read", "--sort", "priority").lines().getFirst();
        assertTrue(line.endsWith("  (to-read, priority 1)"), line);
    }

    @Test
    void searchIsFilteredByStatus() {
        assertEquals(0, run("edit", "FSGAN", "--status", "to-read").exitCode());
        var hits = json(run("search", "--status", "to-read", "--json", "face"));
        assertEquals(1, hits.get("hits").size(), hits.toString());
        assertEquals("FSGAN", hits.get("hits").get(0).get("title").asText());
        assertEquals("to-read", hits.get("hits").get(0).get("status").asText());
    }

    @Test
    void aStatusPriorityOrOrderThatIsNoneIsRefusedInOneLine_andNothingIsWritten() {
        var status = run("edit", "FSGAN", "--status", "done");
        assertEquals(1, status.exitCode());
        assertEquals(
                "papernotes: 'done' is not a reading status: give to-read, reading or read (待读, 在读, 已读), or nothing"
                        + " to clear it.",
                status.err().strip());
        var priority = run("new", "--title", "x", "--topic", "A", "--priority", "high!");
        assertEquals(1, priority.exitCode());
        assertEquals(
                "papernotes: 'high!' is not a priority: give 1 (high), 2 or 3 (low), or nothing to clear it.",
                priority.err().strip());
        var order = run("list", "--sort", "rating");
        assertEquals(2, order.exitCode());
        assertEquals(1, order.err().lines().count(), order.err());
        assertTrue(order.err().contains("--sort"), order.err());
        assertEquals(0, json(run("history", "FSGAN", "--json")).size());
        assertEquals(27, json(run("list", "--json")).size());
    }
}
