package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `target/papernotes.jar` as a new user runs it: `java -jar` in its own process, with a fresh data folder.
class PackagedJarIT {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result papernotes(String... args) throws Exception {
        return run(System.getProperty("papernotes.jar", "target/papernotes.jar"), args);
    }

    private Result run(String jar, String... args) throws Exception {
        var command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("LC_ALL", "C");
        builder.redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        var process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "papernotes did not finish");
        return new Result(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /// The measuring tools are not shipped: the jar holds none of their classes and its help lists no `bench` or
    /// `eval`; `papernotes-bench.jar`, beside it, runs them over the same library.
    @Test
    void theJarHoldsNoMeasuringTools_andTheBenchJarBesideItMeasures() throws Exception {
        var jar = Path.of(System.getProperty("papernotes.jar", "target/papernotes.jar"));
        try (var zip = new ZipFile(jar.toFile())) {
            var measuring = zip.stream()
                    .map(ZipEntry::getName)
                    .filter(
                            name -> name.startsWith("papernotes/bench/")
                                    || name.matches(
                                            ".*(Benchmark|Fts5Baseline|Evaluation|EvalQuer|EvalCommand|BenchCommand|Probe)[^/]*\\.class"))
                    .toList();
            assertEquals(List.of(), measuring);
        }
        var help = papernotes("--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("search"), help.out());
        assertTrue(!help.out().contains("bench") && !help.out().contains("eval "), help.out());

        var bench = jar.resolveSibling("papernotes-bench.jar").toString();
        var data = dir.resolve("measured").toString();
        var queries = Files.writeString(dir.resolve("q.jsonl"), "{\"q\": \"换脸\", \"rel\": {\"FSGAN\": 2}}\n");
        var eval = run(bench, "--data-dir", data, "eval", queries.toString());
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("FTS5 unicode61"), eval.out());
        var render = run(bench, "--data-dir", data, "bench", "render", "--runs", "1");
        assertEquals(0, render.code(), render.err());
        assertEquals(4, render.out().lines().count(), render.out());
    }

    @Test
    void newUserListsTheShippedNotesAddsAChineseNoteAndGetsASoundLibrary() throws Exception {
        var data = dir.resolve("new").toString();
        var listed = papernotes("--data-dir", data, "list", "--json");
        assertEquals(0, listed.code(), listed.err());
        var notes = new ObjectMapper().readTree(listed.out());
        assertEquals(27, notes.size());
        var topLevel = new TreeSet<String>();
        notes.forEach(n -> topLevel.add(n.get("topic").asText().split(" / ")[0]));
        assertEquals(5, topLevel.size());

        var created = papernotes("--data-dir", data, "new", "--title", "换脸综述", "--topic", "Face Swap", "--tag", "综述");
        assertEquals(0, created.code(), created.err());
        var id = created.out().lines().toList().getLast();
        var again = new ObjectMapper()
                .readTree(papernotes("--data-dir", data, "list", "--tag", "综述", "--json")
                        .out());
        assertEquals(1, again.size());
        assertEquals(id, again.get(0).get("id").asText());
        assertEquals("换脸综述", again.get(0).get("title").asText());

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + Path.of(data, "library.db"));
                var rows = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
    }

    @Test
    void anEditIsSearchableByTheNextProcessAndADeletedIndexComesBackWithTheSameAnswers() throws Exception {
        var data = dir.resolve("lib").toString();
        var queries = "换脸\nface swap\n超分辨率\nstylegan2\nlandmark\n姿态\nesrgn\nhl\n";
        var body = dir.resolve("body.md");
        Files.writeString(body, "复现: 新增 vqzxk 实验记录\n");
        assertEquals(
                0,
                papernotes("--data-dir", data, "edit", "GPEN", "--body-file", body.toString())
                        .code());
        var found = new ObjectMapper()
                .readTree(papernotes("--data-dir", data, "search", "--json", "vqzxk")
                        .out());
        assertEquals("GPEN", found.get("hits").get(0).get("title").asText());

        var before = batch(data, queries);
        TestFolders.delete(Path.of(data, "index"));
        var after = batch(data, queries);
        assertEquals(before, after);
        assertTrue(Files.isDirectory(Path.of(data, "index")));
    }

    private String batch(String data, String queries) throws Exception {
        Files.writeString(dir.resolve("queries.txt"), queries);
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("papernotes.jar", "target/papernotes.jar"),
                "--data-dir",
                data,
                "search"));
        var builder = new ProcessBuilder(command)
                .redirectInput(dir.resolve("queries.txt").toFile())
                .redirectOutput(dir.resolve("batch.txt").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        var process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        var out = Files.readString(dir.resolve("batch.txt"), StandardCharsets.UTF_8);
        assertEquals(8, out.lines().count(), out);
        return out;
    }

    @Test
    void errorsAreOneLineWithoutAStackTrace() throws Exception {
        var result = papernotes("--data-dir", dir.resolve("lib").toString(), "show", "nothing-like-this");
        assertEquals(1, result.code());
        assertEquals("papernotes: There is no note with the id or title 'nothing-like-this'.\n", result.err());
    }

    @Test
    void withoutADisplayTheDesktopSaysWhyAndExits() throws Exception {
        var result = papernotes("--data-dir", dir.resolve("gui").toString());
        assertEquals(1, result.code(), result.err());
        // one line, whatever the toolkit's own reason is on this machine (no DISPLAY, no GTK)
        var lines = result.err().strip().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.getFirst().startsWith("papernotes: Cannot open the desktop window ("), result.err());
        assertTrue(
                lines.getFirst().endsWith("without a display, use a command instead (see 'papernotes --help')."),
                result.err());
    }

    @Test
    void aSecondLaunchOnTheSameFolderBringsTheOpenWindowForwardInsteadOfFailing() throws Exception {
        var data = dir.resolve("one-window");
        var jar = System.getProperty("papernotes.jar", "target/papernotes.jar");
        // the first window, on JavaFX's headless platform (no display here)
        var first = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dglass.platform=Headless",
                        "-Dprism.order=sw",
                        "--enable-native-access=ALL-UNNAMED",
                        "-jar",
                        jar,
                        "--data-dir",
                        data.toString())
                .redirectOutput(dir.resolve("first-out.txt").toFile())
                .redirectError(dir.resolve("first-err.txt").toFile())
                .start();
        try {
            var socket = data.resolve("window.socket");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(socket) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(
                    Files.exists(socket),
                    "the first window did not start listening: " + Files.readString(dir.resolve("first-err.txt")));

            var second = papernotes("--data-dir", data.toString());
            assertEquals(0, second.code(), second.err());
            assertEquals("PaperNotes is already open on " + data + "; its window was brought forward.\n", second.out());
            assertTrue(first.isAlive(), "the first window must stay open");

            // a command (not a window) on the same folder is still refused by the library's lock, in one line
            var command = papernotes("--data-dir", data.toString(), "list");
            assertEquals(1, command.code());
            assertTrue(command.err().contains("is in use by another PaperNotes process"), command.err());
        } finally {
            first.destroy();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
