package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;

/// `papernotes glossary add|list|remove`: the term pairs the user teaches, end to end over a real library.
@Tag("slow")
class GlossaryCommandTest {

    @TempDir
    Path dir;

    private CliRun runWithInput(String stdin, String... args) {
        return CommandRuns.in(dir).runWithInput(stdin, args);
    }

    private CliRun run(String... args) {
        return runWithInput("", args);
    }

    private static void assertFails(CliRun run, int code, String message) {
        assertEquals(code, run.exitCode(), run.out());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        assertEquals("papernotes: " + message, run.err().strip());
    }

    private List<String> titles(String query) throws Exception {
        var found = run("search", query, "--json");
        assertEquals(0, found.exitCode(), found.err());
        var titles = new ArrayList<String>();
        new ObjectMapper()
                .readTree(found.out())
                .get("hits")
                .forEach(hit -> titles.add(hit.get("title").asText()));
        return titles;
    }

    @Test
    void addTeachesAPair_andTheNextSearchUsesIt() throws Exception {
        assertEquals(
                0,
                runWithInput(
                                "采样用朗之万动态，逐渐减小温度。",
                                "new",
                                "--title",
                                "扩散模型采样",
                                "--topic",
                                "Generative",
                                "--body-file",
                                "-")
                        .exitCode());
        assertFalse(titles("Langevin").contains("扩散模型采样"));
        var added = run("glossary", "add", "朗之万", "Langevin");
        assertEquals(0, added.exitCode(), added.err());
        assertEquals("Taught: 朗之万 = Langevin.\n", added.out());
        assertEquals(List.of("扩散模型采样"), titles("Langevin"));
        assertTrue(
                Files.readString(dir.resolve("data").resolve("glossary.yaml")).contains("朗之万"));
    }

    @Test
    void addToABuiltInEntrySaysWhatTheEntryHoldsNow() {
        var added = run("glossary", "add", "换脸", "swapface");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().startsWith("Taught: 换脸 = swapface (with 换脸, 人脸交换, "), added.out());
        assertEquals(
                "Already known: 换脸 = face swap.\n",
                run("glossary", "add", "换脸", "face swap").out());
    }

    @Test
    void listPrintsTheUsersEntries_textAndJson() throws Exception {
        assertEquals("", run("glossary", "list").out());
        run("glossary", "add", "朗之万", "Langevin");
        run("glossary", "add", "秘笈", "Towr");
        assertEquals(
                "朗之万, Langevin  (general)\n秘笈, Towr  (general)\n",
                run("glossary", "list").out());
        var json = new ObjectMapper().readTree(run("glossary", "list", "--json").out());
        assertEquals(
                "[{\"terms\":[\"朗之万\",\"Langevin\"],\"topic\":\"general\"},{\"terms\":[\"秘笈\",\"Towr\"],\"topic\":\"general\"}]",
                json.toString());
    }

    @Test
    void removeForgetsATerm() {
        run("glossary", "add", "朗之万", "Langevin");
        run("glossary", "add", "朗之万", "Langevin dynamics");
        assertEquals(
                "Forgot Langevin; the entry keeps 朗之万, Langevin dynamics.\n",
                run("glossary", "remove", "Langevin").out());
        assertEquals(
                "Forgot 朗之万 and its entry.\n", run("glossary", "remove", "朗之万").out());
        assertEquals("", run("glossary", "list").out());
    }

    @Test
    void mistakesAreOneLine_andTheFileIsLeftAsItWas() throws Exception {
        run("glossary", "add", "朗之万", "Langevin");
        var file = dir.resolve("data").resolve("glossary.yaml");
        var before = Files.readString(file);
        assertFails(
                run("glossary", "add", "Langevin", "langevin"),
                1,
                "\"Langevin\" and \"langevin\" are the same term; say what it means in other words.");
        assertFails(
                run("glossary", "add", "朗之万"),
                1,
                "Say a term and what it means: papernotes glossary add 朗之万 Langevin (quote a term of several words).");
        assertFails(run("glossary", "remove", "换脸"), 1, "\"换脸\" is not among the terms you taught.");
        assertFails(
                run("glossary", "teach", "x", "y"),
                1,
                "Say what to do: 'glossary add TERM MEANING', 'glossary list' or 'glossary remove TERM'.");
        assertEquals(before, Files.readString(file));
    }

    @Test
    void helpExplainsTheCommand() {
        var help = run("glossary", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("glossary add 朗之万 Langevin"), help.out());
        assertTrue(run("--help").out().contains("glossary"));
    }
}
