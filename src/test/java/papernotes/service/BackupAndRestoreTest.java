package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryFiles;
import papernotes.storage.LibraryInUseException;
import papernotes.storage.LibraryStore;

/// Backups of the library file (VACUUM INTO, checked, renamed into place), the daily backup that keeps seven, and
/// restoring a backup: checked and upgraded first, the current library kept, the index rebuilt, never while the
/// library is open elsewhere.
class BackupAndRestoreTest {

    @TempDir
    Path dir;

    /// A clock the test moves by hand.
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private static void addNotes(TestLibrary library, int count, String prefix) {
        for (int i = 0; i < count; i++) {
            library.notes().create(NoteDraft.of(prefix + " " + i, TopicPath.of("Face Swap"), "正文 " + i));
        }
    }

    @Test
    void backup_isASoundLibraryWithEveryNote_andNeverOverwrites() throws Exception {
        try (var library = TestLibrary.empty(data())) {
            addNotes(library, 3, "Note");
            var backup = library.library().backups().backup(Optional.of(dir.resolve("copy.db")));
            assertEquals(3, backup.notes());
            assertTrue(backup.bytes() > 0);
            var contents = LibraryFiles.check(dir.resolve("copy.db"), "copy");
            assertEquals(3, contents.notes());
            var again = assertThrows(
                    PaperNotesException.class,
                    () -> library.library().backups().backup(Optional.of(dir.resolve("copy.db"))));
            assertTrue(again.getMessage().contains("already exists"), again.getMessage());
            try (var files = Files.list(dir)) {
                assertEquals(
                        List.of(),
                        files.filter(p -> p.getFileName().toString().startsWith(".partial-"))
                                .toList());
            }
        }
    }

    @Test
    void dailyBackup_makesOneADay_andKeepsTheLastSeven() {
        var clock = new HandClock();
        try (var library = TestLibrary.empty(data())) {
            addNotes(library, 1, "Note");
            var backups = new BackupService(library.store(), clock, ZoneOffset.UTC);
            assertTrue(backups.dailyBackup().isPresent());
            clock.now = clock.now.plus(Duration.ofHours(5));
            assertTrue(backups.dailyBackup().isEmpty(), "one a day");
            for (int day = 1; day <= 9; day++) {
                clock.now = clock.now.plus(Duration.ofDays(1));
                assertTrue(backups.dailyBackup().isPresent());
            }
            var names = backups.daily();
            assertEquals(BackupService.KEEP, names.size());
            assertEquals("library-20260310-140000.db", names.getLast());
            assertEquals("library-20260304-140000.db", names.getFirst());
        }
    }

    @Test
    void restore_replacesTheLibrary_keepsThePreviousOne_andDropsTheIndex() throws Exception {
        Path backup;
        try (var library = TestLibrary.empty(data())) {
            addNotes(library, 2, "Kept");
            backup = library.library().backups().backup(Optional.empty()).file();
            addNotes(library, 3, "Later");
        }
        assertTrue(Files.isDirectory(data().resolve("index")));
        var folder = new LibraryFolder(data(), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        LibraryFolder.Restored restored;
        try (var plan = folder.planRestore(backup)) {
            assertEquals(2, plan.incoming().notes());
            assertEquals(5, plan.current().orElseThrow().notes());
            restored = folder.restore(plan);
        }
        assertEquals(2, restored.contents().notes());
        var previous = restored.previous().orElseThrow();
        assertEquals(5, LibraryFiles.check(previous, "previous").notes());
        assertFalse(Files.exists(data().resolve("library.db-wal")));
        assertFalse(Files.exists(data().resolve("index")), "the index is rebuilt at the next start");
        try (var library = TestLibrary.empty(data())) {
            assertEquals(
                    List.of("Kept 0", "Kept 1"),
                    library.notes().list(NoteFilter.ALL).stream()
                            .map(n -> n.title())
                            .toList());
            assertEquals(2, library.search().searchIds("正文", 10).size());
            assertEquals("ok", library.store().integrityCheck());
        }
        try (var files = Files.list(data())) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".restore-"))
                            .toList());
        }
    }

    @Test
    void restore_isRefusedWhileTheLibraryIsOpen() {
        Path backup;
        try (var library = TestLibrary.empty(data())) {
            addNotes(library, 1, "Note");
            backup = library.library()
                    .backups()
                    .backup(Optional.of(dir.resolve("b.db")))
                    .file();
        }
        var folder = new LibraryFolder(data(), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        try (var open = TestLibrary.empty(data())) {
            assertThrows(LibraryInUseException.class, () -> folder.planRestore(backup));
        }
        try (var plan = folder.planRestore(backup);
                var open = TestLibrary.empty(data())) {
            assertThrows(LibraryInUseException.class, () -> folder.restore(plan));
        }
    }

    @Test
    void restore_refusesWhatIsNotASoundPaperNotesLibrary() throws Exception {
        try (var library = TestLibrary.empty(data())) {
            addNotes(library, 1, "Note");
        }
        var before = MalformedImportTest.hash(data().resolve("library.db"));
        var folder = new LibraryFolder(data(), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");

        Files.writeString(dir.resolve("text.db"), "not a database at all, just text that is long enough".repeat(20));
        assertRefused(folder, dir.resolve("text.db"), "is not a PaperNotes library (it is not an SQLite database)");

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("other.db"))) {
            connection.createStatement().execute("CREATE TABLE things (x)");
        }
        assertRefused(folder, dir.resolve("other.db"), "is not a PaperNotes library");

        try (var library = TestLibrary.empty(dir.resolve("newer"))) {
            library.library().backups().backup(Optional.of(dir.resolve("newer.db")));
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newer.db"))) {
            connection.createStatement().execute("PRAGMA user_version = 99");
        }
        assertRefused(folder, dir.resolve("newer.db"), "was written by a newer PaperNotes");

        Files.copy(data().resolve("library.db"), dir.resolve("logged.db"));
        Files.write(dir.resolve("logged.db-wal"), new byte[] {1, 2, 3});
        assertRefused(folder, dir.resolve("logged.db"), "write-ahead log");

        assertRefused(folder, dir.resolve("missing.db"), "no such file");

        var damaged = dir.resolve("damaged.db");
        try (var library = TestLibrary.empty(dir.resolve("big"))) {
            addNotes(library, 200, "Filler ".repeat(20));
            library.library().backups().backup(Optional.of(damaged));
        }
        var bytes = Files.readAllBytes(damaged);
        for (int i = 4096 * 3; i < 4096 * 3 + 2000; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);
        assertRefused(folder, damaged, "is damaged");

        assertEquals(before, MalformedImportTest.hash(data().resolve("library.db")));
        try (var files = Files.list(data())) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".restore-"))
                            .toList());
        }
    }

    @Test
    void restore_ofAnOlderSchema_upgradesIt() throws Exception {
        var old = dir.resolve("old.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + old);
                var statement = connection.createStatement()) {
            for (String script : List.of("V001__library.sql", "V002__change_sequence.sql")) {
                try (var in = getClass().getResourceAsStream("/papernotes/storage/migrations/" + script)) {
                    var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    for (String sql : text.split(";\\s*\\n")) {
                        var clean = sql.lines()
                                .filter(l -> !l.strip().startsWith("--"))
                                .reduce("", (a, b) -> a + "\n" + b)
                                .strip();
                        if (!clean.isEmpty()) {
                            statement.execute(clean);
                        }
                    }
                }
            }
            statement.execute("PRAGMA user_version = 2");
            statement.execute("INSERT INTO topics (id, name) VALUES (1, 'Face Swap')");
            statement.execute("INSERT INTO notes (id, title, topic_id, created, updated) VALUES"
                    + " ('aaaaaaaa', 'FSGAN', 1, '2021-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z')");
        }
        var folder = new LibraryFolder(data(), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        try (var plan = folder.planRestore(old)) {
            assertEquals(2, plan.incoming().schemaVersion());
            assertTrue(plan.current().isEmpty());
            var restored = folder.restore(plan);
            assertTrue(restored.previous().isEmpty()
                    || Files.exists(restored.previous().get()));
        }
        try (var library = TestLibrary.empty(data())) {
            assertEquals(LibraryStore.latestSchemaVersion(), library.store().schemaVersion());
            assertEquals(
                    "FSGAN", library.notes().get(new NoteId("aaaaaaaa")).note().title());
        }
    }

    private static void assertRefused(LibraryFolder folder, Path file, String reason) {
        var error = assertThrows(PaperNotesException.class, () -> folder.planRestore(file));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(reason), error.getMessage());
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
    }
}
