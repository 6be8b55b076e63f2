package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.cli.LibraryOpener;

/// The backup, restore, JSON and BibTeX commands end to end, as `papernotes` runs them.
@Tag("slow")
class BackupCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String stdin, String data, String... args) {
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var all = new ArrayList<>(List.of("--data-dir", dir.resolve(data).toString()));
        all.addAll(List.of(args));
        return CliRun.run(
                LibraryOpener.of(composition::open, composition::folder),
                (library, notice) -> {
                    throw new AssertionError("no command should start the desktop");
                },
                stdin,
                all.toArray(String[]::new));
    }

    @Test
    void exportJson_importIntoANewFolder_givesTheSameLibrary() throws Exception {
        var export =
                run("", "a", "export", "--format", "json", dir.resolve("a.zip").toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.lastLine().startsWith("Exported 27 notes"), export.out());
        var imported = run("", "b", "import-json", dir.resolve("a.zip").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(
                run("", "a", "list", "--json").out(),
                run("", "b", "list", "--json").out());
        run("", "b", "export", "--format", "json", dir.resolve("b.zip").toString());
        assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip"))));
        var again = run("", "b", "import-json", dir.resolve("a.zip").toString());
        assertEquals(1, again.exitCode());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("papernotes: The library in "), again.err());
    }

    /// `import FILE` tells a JSON backup by its content, whatever its name, and restores it into a new folder as
    /// `import-json` does; into a library that has notes it is refused as there.
    @Test
    void importOfABackupUnderAnyNameRestoresItIntoANewFolder() throws Exception {
        run("", "a", "export", "--format", "json", dir.resolve("a.zip").toString());
        var renamed = Files.copy(dir.resolve("a.zip"), dir.resolve("library backup.dat"));
        var imported = run("", "b", "import", renamed.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("PaperNotes backup " + renamed + ": added 27 notes"), imported.out());
        assertEquals(
                run("", "a", "list", "--json").out(),
                run("", "b", "list", "--json").out());
        var again = run("", "b", "import", renamed.toString());
        assertEquals(1, again.exitCode());
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
        assertEquals(
                "papernotes: Nothing was restored: the answer was not 'yes'.",
                declined.err().strip());
        assertEquals(1, run("", "a", "trash").lines().size());

        var accepted = run("yes\n", "a", "restore", dir.resolve("b.db").toString());
        assertEquals(0, accepted.exitCode(), accepted.err());
        assertTrue(accepted.lastLine().contains("the previous library is kept as "), accepted.out());
        assertEquals(0, run("", "a", "trash").lines().size());
        assertEquals(0, run("", "a", "search", "GFPGAN").exitCode());
        assertTrue(run("", "a", "search", "GFPGAN").out().contains("GFPGAN"));
    }

    @Test
    void restoreNamesANoteOrAFile_aMissingBackupFileIsSaidPlainly() {
        assertEquals(0, run("", "a", "delete", "GFPGAN").exitCode());
        var note = run("", "a", "restore", "GFPGAN");
        assertEquals(0, note.exitCode(), note.err());
        assertTrue(note.lastLine().startsWith("Restored "), note.out());
        var missing = run("", "a", "restore", dir.resolve("nowhere.db").toString(), "--yes");
        assertEquals(1, missing.exitCode());
        assertEquals(
                "papernotes: Cannot restore from " + dir.resolve("nowhere.db") + ": no such file.",
                missing.err().strip());
    }

    /// File → Restore from a backup: the window hands back the plan the user confirmed, the library is closed and
    /// replaced, and a new window opens over the restored library, saying so.
    @Test
    void aRestoreConfirmedInTheWindow_isDoneWithTheLibraryClosed_andTheWindowComesBack() throws Exception {
        assertEquals(0, run("", "a", "backup", dir.resolve("b.db").toString()).exitCode());
        assertEquals(0, run("", "a", "delete", "GFPGAN").exitCode());
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var windows = new ArrayList<String>();
        var run = CliRun.run(
                LibraryOpener.of(composition::open, composition::folder),
                (library, notice) -> {
                    int trashed = library.notes().trashed().size();
                    windows.add(trashed + " in the trash; "
                            + notice.map(Object::toString).orElse("no notice"));
                    if (windows.size() == 1) {
                        return Optional.of(library.backups().planRestore(dir.resolve("b.db")));
                    }
                    return Optional.empty();
                },
                "",
                "--data-dir",
                dir.resolve("a").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, windows.size(), windows.toString());
        assertEquals("1 in the trash; no notice", windows.get(0));
        assertTrue(windows.get(1).startsWith("0 in the trash; Done[source=" + dir.resolve("b.db")), windows.get(1));
        assertTrue(
                windows.get(1).contains("previous=Optional[" + dir.resolve("a/backups/before-restore-")),
                windows.get(1));
        assertTrue(windows.get(1).contains("notes=27, trashed=0"), windows.get(1));
        try (var files = Files.list(dir.resolve("a"))) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".restore-"))
                            .toList());
        }
    }

    @Test
    void bibtex_exportThenImport_changesNothing() throws Exception {
        var export = run(
                "", "a", "export", "--format", "bibtex", dir.resolve("refs.bib").toString());
        assertEquals(0, export.exitCode(), export.err());
        Files.writeString(
                dir.resolve("more.bib"),
                "@article{vaswani2017,\n  title = {Attention Is All You Need},\n"
                        + "  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n  year = {2017}\n}\n");
        var dry = run("", "a", "import", "--dry-run", dir.resolve("more.bib").toString());
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().startsWith("add\tvaswani2017\t-\tAttention Is All You Need\tnew note\n"), dry.out());
        assertTrue(dry.lastLine().startsWith("Would add 1, update 0, skip 0; nothing was written ("), dry.lastLine());
        var imported = run(
                "",
                "a",
                "import",
                "--topic",
                "ViT Transformer",
                dir.resolve("more.bib").toString());
        assertTrue(imported.lastLine().startsWith("Added 1, updated 0, skipped 0 ("), imported.lastLine());
        var bad = run("", "a", "import", "--format", "bibtex", dir.resolve("refs.bib") + "x");
        assertEquals(1, bad.exitCode());
        assertEquals(
                "papernotes: Cannot read " + dir.resolve("refs.bib") + "x: no such file.",
                bad.err().strip());
        var zip = run("", "a", "import", dir.resolve("a.zip").toString());
        assertEquals(1, zip.exitCode());
    }
}
