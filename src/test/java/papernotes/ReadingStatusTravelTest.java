package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.cli.LibraryOpener;

/// A note's reading status and priority travel with the Markdown vault (front matter keys `reading` and
/// `priority`): an export imported into a new library gives each note the same status, importing it again changes
/// nothing, and exporting that library gives the same bytes. A file written by hand may say `待读` or `high`; a value
/// that is none is a warning naming the file and line, the note imported without it. The JSON backup (format 4)
/// carries them too; a format 3 backup imports with no status.
class ReadingStatusTravelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    CliRun run(String library, String... args) {
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var all = new ArrayList<>(List.of("--data-dir", dir.resolve(library).toString()));
        all.addAll(List.of(args));
        return CliRun.run(
                LibraryOpener.of(composition::open, d -> composition.open(d, false), composition::folder),
                (l, notice) -> {
                    throw new AssertionError("no command should start the desktop");
                },
                "",
                all.toArray(String[]::new));
    }

    static CliRun ok(CliRun run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    JsonNode json(String library, String... args) throws IOException {
        return JSON.readTree(ok(run(library, args)).out());
    }

    /// `status` and `priority` of the note `id` as `show --json` prints them (`null` when absent).
    String reading(String library, String id) throws IOException {
        var shown = json(library, "show", id, "--json");
        return shown.path("status").asText() + "/" + shown.path("priority").asText();
    }

    /// Two notes with a status in library `a`: ResNet to read first, GAN read. Returns their ids.
    List<String> notesWithStatus() {
        var resnet = ok(run(
                        "a", "new", "--title", "ResNet", "--topic", "Vision", "--status", "to-read", "--priority", "1"))
                .lastLine();
        var gan = ok(run("a", "new", "--title", "GAN", "--topic", "Vision", "--status", "read"))
                .lastLine();
        return List.of(resnet, gan);
    }

    private static Path vaultNote(Path vault, String title) throws IOException {
        try (var files = Files.walk(vault)) {
            return files.filter(f -> f.getFileName().toString().equals(title + ".md"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static void assertSameFiles(Path first, Path second) throws IOException {
        try (var all = Files.walk(first)) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                var twin = second.resolve(first.relativize(file));
                assertTrue(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(twin)), file.toString());
            }
        }
    }

    @Test
    void theVaultWritesTheStatusAfterThePaperKeys_andANewLibraryGetsItBack() throws IOException {
        var ids = notesWithStatus();
        ok(run("a", "export", dir.resolve("first").toString()));
        var file = Files.readString(vaultNote(dir.resolve("first"), "ResNet"));
        assertTrue(file.contains("\nreading: to-read\npriority: 1\ncreated: "), file);

        ok(run("b", "import", dir.resolve("first").toString()));
        assertEquals("to-read/1", reading("b", ids.get(0)));
        assertEquals("read/null", reading("b", ids.get(1)));

        var again = ok(run("b", "import", dir.resolve("first").toString()));
        assertTrue(again.lastLine().startsWith("Imported: 0 notes added, 0 updated, "), again.out());
        ok(run("b", "export", dir.resolve("second").toString()));
        assertSameFiles(dir.resolve("first"), dir.resolve("second"));
    }

    @Test
    void anImportUpdatingANoteSetsTheStatusItsFileGives_andKeepsTheLibrarysWhenItGivesNone() throws IOException {
        var ids = notesWithStatus();
        ok(run("a", "export", dir.resolve("first").toString()));
        ok(run("b", "import", dir.resolve("first").toString()));
        ok(run("a", "edit", ids.get(0), "--status", "read"));
        ok(run("a", "export", dir.resolve("second").toString()));

        var plan = ok(run("b", "import", "--dry-run", dir.resolve("second").toString()));
        assertTrue(plan.out().contains("ResNet  (Vision): reading status changed"), plan.out());
        var updated = ok(run("b", "import", dir.resolve("second").toString()));
        assertTrue(updated.lastLine().startsWith("Imported: 0 notes added, 1 updated, "), updated.out());
        assertEquals("read/1", reading("b", ids.get(0)));

        ok(run("b", "edit", ids.get(0), "--status", "reading"));
        var resnet = vaultNote(dir.resolve("first"), "ResNet");
        Files.writeString(
                resnet,
                Files.readString(resnet).replace("reading: to-read\n", "").replace("priority: 1\n", ""));
        var kept = ok(run("b", "import", dir.resolve("first").toString()));
        assertTrue(kept.lastLine().startsWith("Imported: 0 notes added, 0 updated, "), kept.out());
        assertEquals("reading/1", reading("b", ids.get(0)));
    }

    @Test
    void aFileWrittenByHandMaySayItInChineseOrInWords() throws IOException {
        var folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("resnet.md"), """
                ---
                title: ResNet
                reading: 待读
                priority: high
                ---
                Deep residual learning.
                """);

        ok(run("b", "import", folder.toString()));
        var id = json("b", "list", "--json").get(0).path("id").asText();
        assertEquals("to-read/1", reading("b", id));
    }

    @Test
    void aValueThatIsNoStatusIsAWarningNamingTheLine_andTheNoteIsImportedWithoutIt() throws IOException {
        var folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("resnet.md"), """
                ---
                title: ResNet
                reading: someday
                priority: 7
                ---
                Deep residual learning.
                """);

        var imported = ok(run("b", "import", folder.toString()));
        var warnings = imported.err().strip().lines().toList();
        assertEquals(2, warnings.size(), imported.err());
        assertTrue(
                warnings.get(0)
                        .startsWith(
                                "warning: papers/resnet.md, line 3: 'reading': 'someday' is not a reading" + " status"),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; the value is left out."), warnings.get(0));
        assertTrue(
                warnings.get(1).startsWith("warning: papers/resnet.md, line 4: 'priority': '7' is not a priority"),
                warnings.get(1));
        var id = json("b", "list", "--json").get(0).path("id").asText();
        assertEquals("null/null", reading("b", id));

        var strict = run("c", "import", "--strict", folder.toString());
        assertEquals(1, strict.exitCode(), strict.out());
    }

    /// Copies the backup `zip` to `name` with its document changed by `change`.
    private Path rewritten(Path zip, String name, Consumer<ObjectNode> change) throws IOException {
        var target = dir.resolve(name);
        try (var in = new ZipFile(zip.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (var bytes = in.getInputStream(entry)) {
                    if (entry.getName().equals("papernotes-backup.json")) {
                        var document = (ObjectNode) JSON.readTree(bytes);
                        change.accept(document);
                        out.write(JSON.writeValueAsBytes(document));
                    } else {
                        bytes.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    /// The record of the note `id` in a backup's document.
    private static ObjectNode noteRecord(ObjectNode document, String id) {
        for (var note : document.path("notes")) {
            if (note.path("id").asText().equals(id)) {
                return (ObjectNode) note;
            }
        }
        throw new AssertionError("no note " + id);
    }

    @Test
    void aJsonBackupBringsBackEachNotesStatus_andTheSameLibraryGivesTheSameBytes() throws IOException {
        var ids = notesWithStatus();
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));

        ok(run("b", "import-json", dir.resolve("a.zip").toString()));
        assertEquals("to-read/1", reading("b", ids.get(0)));
        assertEquals("read/null", reading("b", ids.get(1)));
        ok(run("b", "export", "--format", "json", dir.resolve("b.zip").toString()));
        assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip"))));
        try (var zip = new ZipFile(dir.resolve("b.zip").toFile())) {
            var document = (ObjectNode) JSON.readTree(zip.getInputStream(zip.getEntry("papernotes-backup.json")));
            assertEquals(4, document.path("schemaVersion").asInt());
            assertEquals(
                    "to-read", noteRecord(document, ids.get(0)).path("reading").asText());
            assertEquals(1, noteRecord(document, ids.get(0)).path("priority").asInt());
        }
    }

    @Test
    void aFormatThreeBackupStillImports_itsNotesWithoutAStatus() throws IOException {
        var ids = notesWithStatus();
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));
        var older = rewritten(dir.resolve("a.zip"), "older.zip", document -> {
            document.put("schemaVersion", 3);
            document.path("notes").forEach(note -> ((ObjectNode) note).remove(List.of("reading", "priority")));
        });

        ok(run("b", "import-json", older.toString()));
        assertEquals(
                "ResNet", json("b", "show", ids.get(0), "--json").path("title").asText());
        assertEquals("null/null", reading("b", ids.get(0)));
    }

    @Test
    void aBackupWithAStatusThatIsNoneIsRefusedInOneSentenceNamingTheNote() throws IOException {
        var ids = notesWithStatus();
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));
        var broken = rewritten(
                dir.resolve("a.zip"),
                "broken.zip",
                document -> noteRecord(document, ids.get(0)).put("reading", "someday"));

        var refused = run("b", "import-json", broken.toString());
        assertEquals(1, refused.exitCode(), refused.out());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(
                refused.err()
                        .matches("(?s)papernotes: .*broken\\.zip, papernotes-backup\\.json line \\d+: the note "
                                + ids.get(0) + ": 'someday' is not a reading status: .*\\.\\s*"),
                refused.err());

        var priority = rewritten(
                dir.resolve("a.zip"),
                "priority.zip",
                document -> noteRecord(document, ids.get(0)).put("priority", 7));
        var alsoRefused = run("c", "import-json", priority.toString());
        assertEquals(1, alsoRefused.exitCode(), alsoRefused.out());
        assertTrue(alsoRefused.err().contains("the note " + ids.get(0) + ": '7' is not a priority"), alsoRefused.err());
    }
}
