package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import papernotes.pdf.Pdfs;

/// The files attached to notes travel with the library's two export formats and come back on import, as a user
/// moves a library or a folder of Markdown and PDFs: the vault holds each PDF and lists it in the note's front
/// matter, the JSON backup lists it on the note's record, and after either import the PDF's pages are searchable
/// again. A file that cannot be taken is a warning naming the note's file and line, and never comes from outside
/// the folder being imported.
class AttachedFilesTravelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static CliRun ok(CliRun run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    private JsonNode json(String library, String... args) throws IOException {
        return JSON.readTree(ok(run(library, args)).out());
    }

    /// A note in `Face Swap` with fsgan.pdf attached, whose second page holds a word found nowhere else.
    private String noteWithPdf(String library) throws IOException {
        var id = ok(run(library, "new", "--title", "FSGAN reading", "--topic", "Face Swap"))
                .lastLine();
        var pdf = Pdfs.text(
                dir.resolve("fsgan.pdf"),
                "Subject agnostic face swapping and reenactment",
                "We use a recurrent zeppelinoid generator for reenactment");
        ok(run(library, "attach", id, pdf.toString()));
        return id;
    }

    private JsonNode files(String library, String id) throws IOException {
        return json(library, "show", id, "--json").path("files");
    }

    private void assertPageTwoFinds(String library, String id) throws IOException {
        var found = json(library, "search", "zeppelinoid", "--json");
        assertEquals(1, found.path("total").asInt(), found.toString());
        var hit = found.path("hits").get(0);
        assertEquals(id, hit.path("id").asText());
        assertEquals("fsgan.pdf", hit.path("pages").get(0).path("attachment").asText());
        assertEquals(2, hit.path("pages").get(0).path("page").asInt());
    }

    private static Path vaultNote(Path vault, String title) throws IOException {
        try (var files = Files.walk(vault)) {
            return files.filter(f -> f.getFileName().toString().equals(title + ".md"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void theVaultHoldsThePdfAndTheNoteListsItInItsFrontMatter() throws IOException {
        var id = noteWithPdf("a");
        var stored = files("a", id).get(0).path("stored").asText();
        assertTrue(stored.matches("[0-9a-f]{32}\\.pdf"), stored);

        ok(run("a", "export", dir.resolve("vault").toString()));

        var copy = dir.resolve("vault").resolve("attachments").resolve(stored);
        assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("fsgan.pdf")), Files.readAllBytes(copy)));
        var note = Files.readString(vaultNote(dir.resolve("vault"), "FSGAN reading"));
        assertTrue(note.contains("\nfiles:\n  - \"[[../attachments/" + stored + "|fsgan.pdf]]\"\ncreated: "), note);
    }

    @Test
    void anExportImportedIntoANewLibraryListsTheSameFilesAndFindsTheirPages() throws IOException {
        var id = noteWithPdf("a");
        ok(run("a", "export", dir.resolve("first").toString()));

        var imported = ok(run("b", "import", dir.resolve("first").toString()));
        assertTrue(imported.lastLine().contains(", read the text of 1 PDF ("), imported.out());

        assertEquals(files("a", id), files("b", id));
        assertPageTwoFinds("b", id);
        var again = ok(run("b", "import", dir.resolve("first").toString()));
        assertTrue(again.lastLine().startsWith("Imported: 0 notes added, 0 updated, 28 skipped"), again.out());
        ok(run("b", "export", dir.resolve("second").toString()));
        try (var all = Files.walk(dir.resolve("first"))) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                var twin = dir.resolve("second").resolve(dir.resolve("first").relativize(file));
                assertTrue(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(twin)), file.toString());
            }
        }
    }

    @Test
    void aFolderOfMarkdownAndPdfsListsTheFilesItsNotesNameByHand() throws IOException {
        var folder = Files.createDirectories(dir.resolve("papers"));
        Pdfs.text(folder.resolve("paper.pdf"), "first page", "a quetzalish word on page two");
        Files.createDirectories(folder.resolve("sub"));
        Pdfs.text(folder.resolve("sub").resolve("supp v2.pdf"), "supplementary tables");
        Files.writeString(folder.resolve("reading.md"), """
                ---
                title: Reading
                files: [paper.pdf, "[Supplement.pdf](sub/supp%20v2.pdf)"]
                ---

                What the paper says.
                """);

        var planned = ok(run("b", "import", "--dry-run", folder.toString()));
        assertTrue(planned.lastLine().contains("2 attachments to copy"), planned.out());
        assertFalse(Files.exists(dir.resolve("b").resolve("attachments")), "a dry run copies nothing");

        var imported = ok(run("b", "import", folder.toString()));
        assertTrue(imported.lastLine().contains("2 attachments copied, read the text of 2 PDFs"), imported.out());

        var id = json("b", "list", "--json").get(0).path("id").asText();
        assertEquals(List.of("paper.pdf", "Supplement.pdf"), files("b", id).findValuesAsText("file"));
        var found = json("b", "search", "quetzalish", "--json");
        assertEquals(
                2, found.path("hits").get(0).path("pages").get(0).path("page").asInt());
    }

    @Test
    void aMissingFileIsAWarningNamingTheLineAndTheNoteIsImported() throws IOException {
        var folder = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(folder.resolve("reading.md"), """
                ---
                title: Reading
                files:
                  - missing.pdf
                ---
                Text.
                """);

        var imported = ok(run("b", "import", folder.toString()));
        assertEquals(
                "warning: papers/reading.md, line 4: the attached file 'missing.pdf' is not in the folder being"
                        + " imported; the note is imported without it.",
                imported.err().strip());
        var id = json("b", "list", "--json").get(0).path("id").asText();
        assertEquals(0, files("b", id).size());

        var strict = run("c", "import", "--strict", folder.toString());
        assertEquals(1, strict.exitCode(), strict.out());
        assertTrue(strict.err().contains("line 4: the attached file 'missing.pdf' is not in the folder"), strict.err());
    }

    @Test
    void aFileOutsideTheFolderIsNeverCopied() throws IOException {
        var outside = Pdfs.text(dir.resolve("secret.pdf"), "private words");
        var folder = Files.createDirectories(dir.resolve("papers"));
        Files.createSymbolicLink(folder.resolve("link.pdf"), outside);
        Files.writeString(folder.resolve("reading.md"), """
                ---
                title: Reading
                files:
                  - ../secret.pdf
                  - link.pdf
                  - %s
                ---
                Text.
                """.formatted(outside));

        var imported = ok(run("b", "import", folder.toString()));
        var warnings = imported.err()
                .lines()
                .filter(line -> line.contains("the attached file"))
                .toList();
        assertEquals(3, warnings.size(), imported.err());
        assertTrue(warnings.get(0).contains("line 4: the attached file '../secret.pdf' lies outside"), warnings.get(0));
        assertTrue(warnings.get(1).contains("line 5: the attached file 'link.pdf' is reached through a symbolic"));
        assertTrue(warnings.get(2).contains("line 6: the attached file '" + outside + "' is an absolute path"));
        var id = json("b", "list", "--json").get(0).path("id").asText();
        assertEquals(0, files("b", id).size());
        var attachments = dir.resolve("b").resolve("attachments");
        if (Files.isDirectory(attachments)) {
            try (var copied = Files.list(attachments)) {
                assertFalse(copied.anyMatch(f -> f.toString().endsWith(".pdf")));
            }
        }
    }

    @Test
    void aJsonBackupBringsBackEachNotesFilesAndTheirPages() throws IOException {
        var id = noteWithPdf("a");
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));

        var imported = ok(run("b", "import-json", dir.resolve("a.zip").toString()));
        assertTrue(imported.lastLine().endsWith("; read the text of 1 PDF."), imported.out());

        assertEquals(files("a", id), files("b", id));
        assertPageTwoFinds("b", id);
        ok(run("b", "export", "--format", "json", dir.resolve("b.zip").toString()));
        assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip"))));
    }

    /// Copies the backup `zip` with its document changed by `change`, leaving out the attachments named `without`.
    private Path rewritten(Path zip, String name, Consumer<ObjectNode> change, List<String> without)
            throws IOException {
        var target = dir.resolve(name);
        try (var in = new ZipFile(zip.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var entry : in.stream().toList()) {
                if (without.stream().anyMatch(stored -> entry.getName().endsWith("/" + stored))) {
                    continue;
                }
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

    @Test
    void aFormatTwoBackupStillImportsWithoutFiles() throws IOException {
        var id = noteWithPdf("a");
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));
        var older = rewritten(
                dir.resolve("a.zip"),
                "older.zip",
                document -> {
                    document.put("schemaVersion", 2);
                    document.path("notes").forEach(note -> ((ObjectNode) note).remove("files"));
                },
                List.of());

        var imported = ok(run("b", "import-json", older.toString()));
        assertFalse(imported.out().contains("read the text"), imported.out());
        assertEquals(
                "FSGAN reading", json("b", "show", id, "--json").path("title").asText());
        assertEquals(0, files("b", id).size());
    }

    @Test
    void aBackupWhoseNoteListsAFileItDoesNotHoldIsRefusedInOneSentence() throws IOException {
        var id = noteWithPdf("a");
        var stored = files("a", id).get(0).path("stored").asText();
        ok(run("a", "export", "--format", "json", dir.resolve("a.zip").toString()));
        var broken = rewritten(
                dir.resolve("a.zip"),
                "broken.zip",
                document -> {
                    var kept = JSON.createArrayNode();
                    document.path("attachments").forEach(a -> {
                        if (!a.path("name").asText().equals(stored)) {
                            kept.add(a);
                        }
                    });
                    document.set("attachments", kept);
                },
                List.of(stored));

        var refused = run("b", "import-json", broken.toString());
        assertEquals(1, refused.exitCode(), refused.out());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(
                refused.err()
                        .strip()
                        .matches("papernotes: .*broken\\.zip, papernotes-backup\\.json line \\d+: the note " + id
                                + " lists the file fsgan\\.pdf \\(attachments/" + stored.replace(".", "\\.")
                                + "\\), which the backup does not hold\\."),
                refused.err());
    }
}
