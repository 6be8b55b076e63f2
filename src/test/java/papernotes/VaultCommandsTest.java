package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.cli.LibraryOpener;

/// `papernotes export` and `papernotes import` end to end, over libraries in temporary folders opened as the
/// application opens them (a new library holds the shipped notes).
@Tag("slow")
class VaultCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String library, String... args) {
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

    private static void assertFails(CliRun run, int code, String message) {
        assertEquals(code, run.exitCode(), run.out());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        assertEquals("papernotes: " + message, run.err().strip());
    }

    @Test
    void aNewUsersRoundTrip_exportImportIntoANewFolderExport_givesTheSameFiles() throws Exception {
        assertEquals(0, run("a", "export", dir.resolve("first").toString()).exitCode());
        var imported = run("fresh", "import", dir.resolve("first").toString());
        assertTrue(imported.lastLine().startsWith("Imported: 27 notes added, 0 updated, 0 skipped, "), imported.out());
        assertEquals(0, run("fresh", "export", dir.resolve("second").toString()).exitCode());
        try (var files = Files.walk(dir.resolve("first"))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var twin = dir.resolve("second").resolve(dir.resolve("first").relativize(file));
                assertTrue(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(twin)), file.toString());
            }
        }
        assertEquals(27, run("fresh", "list").lines().size(), "no shipped notes were added to the imported library");
    }

    @Test
    void exportThenImportIntoAnotherLibrarySaysWhatItDoes() {
        var export =
                run("a", "export", "--format", "markdown", dir.resolve("vault").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(
                export.out().startsWith("Exported 27 notes in 6 topics to " + dir.resolve("vault") + " in "),
                export.out());
        run("b", "new", "--title", "Mine", "--topic", "Face Swap");
        var edit = run("b", "edit", "FSGAN", "--body-file", "-");
        assertEquals(0, edit.exitCode(), edit.err());
        var dryRun = run("b", "import", "--dry-run", dir.resolve("vault").toString());
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        assertEquals(
                "PaperNotes vault " + dir.resolve("vault") + ": 27 notes.",
                dryRun.lines().getFirst());
        assertTrue(
                dryRun.out()
                        .contains(
                                "\nskip     69582vnt  GFPGAN  (Super Resolution): unchanged [vault/Super Resolution/GFPGAN.md]\n"),
                dryRun.out());
        assertTrue(
                dryRun.out()
                        .contains(
                                "\nconflict -         FSGAN (conflict 2026-01-02)  (Face Swap): its text differs from the"
                                        + " library's note 28qtk96p; added as a copy beside it [vault/Face Swap/FSGAN.md]\n"),
                dryRun.out());
        assertTrue(
                dryRun.lastLine()
                        .startsWith("Dry run: 0 notes to add, 0 to update, 26 to skip, 1 conflict copy to make,"
                                + " 0 attachments to copy; nothing was written ("),
                dryRun.lastLine());
        var imported = run("b", "import", dir.resolve("vault").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(
                imported.lastLine()
                        .startsWith("Imported: 0 notes added, 0 updated, 26 skipped, 1 conflict copy made, "),
                imported.lastLine());
        var copy = run("b", "show", "FSGAN (conflict 2026-01-02)");
        assertEquals(0, copy.exitCode(), copy.err());
        var search = run("b", "search", "conflict");
        assertTrue(search.out().contains("FSGAN (conflict 2026-01-02)"), search.out());
    }

    @Test
    void anExportIntoAFolderThatIsNotEmptyIsOneLine() throws Exception {
        var out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("x.txt"), "x");
        assertFails(run("a", "export", out.toString()), 1, out + " is not empty; export into a new or empty folder.");
    }

    @Test
    void aMalformedVaultWithStrictIsOneLineNamingFileAndLineAndChangesNothing() throws Exception {
        Files.createDirectories(dir.resolve("vault/A"));
        Files.writeString(dir.resolve("vault/A/x.md"), "---\ntitle: X\nyear: abc\n---\n");
        var before = run("a", "list", "--json").out();
        assertFails(
                run("a", "import", "--strict", dir.resolve("vault").toString()),
                1,
                "vault/A/x.md, line 3: 'year': The year 'abc' is not a number such as 2021.");
        assertEquals(before, run("a", "list", "--json").out());
        var lenient = run("a", "import", dir.resolve("vault").toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertEquals(
                "warning: vault/A/x.md, line 3: 'year': The year 'abc' is not a number such as 2021; the value is"
                        + " left out.",
                lenient.err().strip());
    }

    @Test
    void whatCannotBeImportedIsNamed() throws Exception {
        assertFails(
                run("a", "import", dir.resolve("nothing").toString()), 1, dir.resolve("nothing") + " does not exist.");
        var file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertFails(
                run("a", "import", file.toString()),
                1,
                "PaperNotes cannot tell what " + file + " is; name its format with --format (markdown, json, bibtex).");
        var unknown = run("a", "export", "--format", "docx", dir.resolve("out").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("docx"), unknown.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void warningsGoToStandardError() throws Exception {
        Files.createDirectories(dir.resolve("vault/A"));
        Files.writeString(dir.resolve("vault/A/x.md"), "---\ncreated: soon\n---\n![](gone.png)\n");
        var run = run("a", "import", dir.resolve("vault").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                List.of(
                        "warning: vault/A/x.md, line 2: 'created' is not a date and time ('soon'); the time of the"
                                + " import is used instead.",
                        "warning: vault/A/x.md, line 4: the image 'gone.png' is not in the folder being imported; its link is"
                                + " kept as it is and the note shows the image as not available."),
                run.err().lines().toList());
        assertTrue(run.out().contains("\nadd      "), run.out());
        assertTrue(
                run.lastLine()
                        .startsWith("Imported: 1 note added, 0 updated, 0 skipped, 0 conflict copies made,"
                                + " 0 attachments copied, 2 warnings (1 image, 1 field) ("),
                run.lastLine());
    }

    /// The "done when" of a folder with one GBK file and one broken front matter: both import, with two warnings;
    /// `--json` gives the counts by kind and every warning with its file and line; `--strict` refuses the folder.
    @Test
    void aFolderWithAGbkFileAndABrokenFrontMatterImportsWithTwoWarnings() throws Exception {
        Files.createDirectories(dir.resolve("mixed"));
        Files.write(dir.resolve("mixed/超分.md"), "# 超分辨率\n\n基于GAN的超分。\n".getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("mixed/broken.md"), "---\ntags: [a, b\n---\n# 换脸\n");
        var strict = run("s", "import", "--strict", dir.resolve("mixed").toString());
        assertEquals(1, strict.exitCode());
        assertTrue(
                strict.err().startsWith("papernotes: mixed/broken.md, line 3: the front matter is not valid YAML"),
                strict.err());

        var json =
                run("j", "import", "--dry-run", "--json", dir.resolve("mixed").toString());
        assertEquals(0, json.exitCode(), json.err());
        var report = new ObjectMapper().readTree(json.out());
        assertEquals(2, report.get("added").asInt());
        assertEquals(
                "{\"encoding\":1,\"front-matter\":1}",
                report.get("warningsByKind").toString());
        var warnings = report.get("warnings");
        assertEquals("front-matter", warnings.get(0).get("kind").asText());
        assertEquals("mixed/broken.md", warnings.get(0).get("file").asText());
        assertEquals(3, warnings.get(0).get("line").asInt());
        assertEquals(
                "mixed/超分.md, line 1: the file is not UTF-8 text; it was read as GB18030 and converted.",
                warnings.get(1).get("text").asText());

        var imported = run("j", "import", dir.resolve("mixed").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(2, imported.err().lines().count(), imported.err());
        assertTrue(
                imported.lastLine()
                        .startsWith("Imported: 2 notes added, 0 updated, 0 skipped, 0 conflict copies"
                                + " made, 0 attachments copied, 2 warnings (1 encoding, 1 front-matter) ("),
                imported.lastLine());
        assertTrue(run("j", "list").out().contains("超分辨率"));
    }

    @Test
    void aMarkdownFolderGoesUnderTheTopicGiven() throws Exception {
        Files.createDirectories(dir.resolve("reading/MRI"));
        Files.writeString(dir.resolve("reading/MRI/recon.md"), "# 重建\n");
        assertEquals(
                0,
                run(
                                "t",
                                "import",
                                "--topic",
                                "Reading / 医学",
                                dir.resolve("reading").toString())
                        .exitCode());
        assertEquals(
                List.of("Reading  (0)", "  医学  (0)", "    MRI  (1)"),
                run("t", "topics").out().lines().toList());
    }

    /// Only the first warnings are printed; the rest are a --json away.
    @Test
    void manyWarningsArePrintedUpToTenAndCounted() throws Exception {
        var text = new StringBuilder("# many\n");
        for (int i = 0; i < 12; i++) {
            text.append("![](/Users/me/Pictures/shot").append(i).append(".png)\n\n");
        }
        Files.createDirectories(dir.resolve("shots"));
        Files.writeString(dir.resolve("shots/many.md"), text);
        var run = run("m", "import", dir.resolve("shots").toString());
        var lines = run.err().lines().toList();
        assertEquals(11, lines.size(), run.err());
        assertEquals("… and 2 more warnings: --json lists them all.", lines.getLast());
        assertTrue(run.lastLine().contains("12 warnings (12 image)"), run.lastLine());
    }
}
