package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.cli.LibraryOpener;

/// The backup, restore, JSON and BibTeX commands end to end, as `papernotes` runs them.
class BackupCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String data, String... args) {
        var composition = new Composition(new DataDirectory(Map.of(), "Linux", dir.resolve("home")), new TestLibrary.SteppingClock());
        var all = new ArrayList<>(List.of("--data-dir", dir.resolve(data).toString()));
        all.addAll(List.of(args));
        return CliRun.run(LibraryOpener.of(composition::open, composition::folder), library -> {
            throw new AssertionError("no command should start the desktop");
        }, stdin, all.toArray(String[]::new));
    }

    @Test
    void exportJson_importIntoANewFolder_givesTheSameLibrary() throws Exception {
        var export = run("", "a", "export", "--format", "json", dir.resolve("a.zip").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.lastLine().startsWith("Exported 27 notes"), export.out());
        var imported = run("", "b", "import-json", dir.resolve("a.zip").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(run("", "a", "list", "--json").out(), run("", "b", "list", "--json").out());
        run("", "b", "export", "--format", "json", dir.resolve("b.zip").toString());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip"))));
        var again = run("", "b", "import-json", dir.resolve("a.zip").toString());
        assertEquals(1, again.exitCode());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("papernotes: The library in "), again.err());
    }

    @Test
    void restoreBackup_asksFirst_andKeepsTheCurrentLibrary() {
        var backup = run("", "a", "backup", dir.resolve("b.db").toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.lastLine().startsWith("Backed up 27 notes to "), backup.out());
        assertEquals(0, run("", "a", "delete", "GFPGAN").exitCode());

        var declined = run("no\n", "a", "restore-backup", dir.resolve("b.db").toString());
        assertEquals(1, declined.exitCode());
        assertTrue(declined.out().contains("Type yes to replace"), declined.out());
        assertEquals("papernotes: Nothing was restored: the answer was not 'yes'.", declined.err().strip());
        assertEquals(1, run("", "a", "trash").lines().size());

        var accepted = run("yes\n", "a", "restore-backup", dir.resolve("b.db").toString());
        assertEquals(0, accepted.exitCode(), accepted.err());
        assertTrue(accepted.lastLine().contains("the previous library is kept as "), accepted.out());
        assertEquals(0, run("", "a", "trash").lines().size());
        assertEquals(0, run("", "a", "search", "GFPGAN").exitCode());
        assertTrue(run("", "a", "search", "GFPGAN").out().contains("GFPGAN"));
    }

    @Test
    void bibtex_exportThenImport_changesNothing() throws Exception {
        var export = run("", "a", "export", "--format", "bibtex", dir.resolve("refs.bib").toString());
        assertEquals(0, export.exitCode(), export.err());
        Files.writeString(dir.resolve("more.bib"), "@article{vaswani2017,\n  title = {Attention Is All You Need},\n"
                + "  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n  year = {2017}\n}\n");
        var dry = run("", "a", "import", "--dry-run", dir.resolve("more.bib").toString());
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("add\tvaswani2017\t-\tAttention Is All You Need\tnew note\n"), dry.out());
        assertTrue(dry.lastLine().startsWith("Would add 1, update 0, skip 0; nothing was written ("), dry.lastLine());
        var imported = run("", "a", "import", "--topic", "ViT Transformer", dir.resolve("more.bib").toString());
        assertTrue(imported.lastLine().startsWith("Added 1, updated 0, skipped 0 ("), imported.lastLine());
        var bad = run("", "a", "import", "--format", "bibtex", dir.resolve("refs.bib") + "x");
        assertEquals(1, bad.exitCode());
        assertEquals("papernotes: Cannot read " + dir.resolve("refs.bib") + "x: no such file.", bad.err().strip());
        var zip = run("", "a", "import", dir.resolve("a.zip").toString());
        assertEquals(1, zip.exitCode());
    }
}
