package papernotes.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.Note;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

class LibraryStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    @TempDir
    Path dir;

    static Note note(String id, String title, TopicPath topic, List<String> tags) {
        return new Note(new NoteId(id), title, topic, tags, List.of(), PaperLinks.NONE, "body of " + title, T0, T0);
    }

    @Test
    void connectionRunsWithWalFullSyncForeignKeysAndBusyTimeout() {
        try (var store = LibraryStore.open(dir)) {
            assertEquals(
                    Map.of(
                            "journal_mode",
                            "wal",
                            "synchronous",
                            "2",
                            "foreign_keys",
                            "1",
                            "busy_timeout",
                            "5000",
                            "encoding",
                            "UTF-8"),
                    store.pragmas());
        }
    }

    @Test
    void newLibraryIsMigratedToTheLatestSchema() {
        try (var store = LibraryStore.open(dir)) {
            assertTrue(store.isNew());
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
        }
        try (var again = LibraryStore.open(dir)) {
            assertFalse(again.isNew());
        }
        assertTrue(Files.exists(dir.resolve("library.db")));
    }

    @Test
    void schemaHasTheDocumentedTables() throws SQLException {
        LibraryStore.open(dir).close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            var tables = new ArrayList<String>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            assertEquals(
                    List.of(
                            "file_pages",
                            "file_texts",
                            "meta",
                            "note_aliases",
                            "note_authors",
                            "note_files",
                            "note_links",
                            "note_tags",
                            "notes",
                            "purged_notes",
                            "revisions",
                            "sync_conflicts",
                            "tags",
                            "topics"),
                    tables);
        }
    }

    @Test
    void libraryWrittenByANewerVersionIsRefusedUntouched() throws SQLException {
        LibraryStore.open(dir).close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"))) {
            connection.createStatement().execute("PRAGMA user_version = 99");
        }
        var error = assertThrows(StorageException.class, () -> LibraryStore.open(dir));
        assertTrue(error.getMessage().contains("newer PaperNotes"), error.getMessage());
        // the refusal released the folder's lock: a second try is refused for the same reason, not as "in use"
        var again = assertThrows(StorageException.class, () -> LibraryStore.open(dir));
        assertTrue(again.getMessage().contains("newer PaperNotes"), again.getMessage());
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedWithOneSentence() throws Exception {
        Files.writeString(dir.resolve("library.db"), "these are my notes, not a database ".repeat(200));
        var error = assertThrows(StorageException.class, () -> LibraryStore.open(dir));
        assertEquals(
                dir.resolve("library.db") + " is not a PaperNotes library (it is not an SQLite database).",
                error.getMessage());
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedWhileTheFirstIsOpen() {
        try (var first = LibraryStore.open(dir)) {
            var error = assertThrows(LibraryInUseException.class, () -> LibraryStore.open(dir));
            assertTrue(error.getMessage().contains("in use by another PaperNotes process"));
        }
        LibraryStore.open(dir).close();
    }

    @Test
    void failedWriteLeavesNothingBehind() {
        try (var store = LibraryStore.open(dir)) {
            var topic = TopicPath.of("Face Swap");
            assertThrows(
                    IllegalStateException.class,
                    () -> store.write(session -> {
                        session.notes().insert(note("aaaaaaaa", "FSGAN", topic, List.of("gan")));
                        throw new IllegalStateException("crash in the middle of a save");
                    }));
            assertEquals(0, (int) store.read(session -> session.notes().countAll()));
            assertEquals(List.of(), store.read(session -> session.topics().list()));
            assertEquals(List.of(), store.read(session -> session.tags().counts()));
        }
    }

    @Test
    void constraintsRejectWhatTheModelWouldNeverWrite() {
        try (var store = LibraryStore.open(dir)) {
            store.write(session -> {
                session.notes().insert(note("aaaaaaaa", "FSGAN", TopicPath.of("Face Swap"), List.of()));
                return null;
            });
            var sql = "INSERT INTO notes (id, title, body, topic_id, created, updated) VALUES (?, ?, '', ?, ?, ?)";
            // empty title
            assertThrows(
                    StorageException.class, () -> store.write(s -> s.sql().update(sql, "bbbbbbbb", "  ", 1L, T0, T0)));
            // a topic that does not exist (foreign key)
            assertThrows(
                    StorageException.class, () -> store.write(s -> s.sql().update(sql, "cccccccc", "x", 999L, T0, T0)));
            // updated before created
            assertThrows(
                    StorageException.class,
                    () -> store.write(s -> s.sql().update(sql, "dddddddd", "x", 1L, T0, T0.minusSeconds(1))));
            // the same tag twice, differing only in case
            assertThrows(
                    StorageException.class,
                    () -> store.write(s -> {
                        var q = s.sql();
                        q.update("INSERT INTO tags (name) VALUES ('GAN')");
                        return q.update("INSERT INTO tags (name) VALUES ('gan')");
                    }));
            // a topic that is still used cannot be deleted
            assertThrows(
                    StorageException.class, () -> store.write(s -> s.sql().update("DELETE FROM topics WHERE id = 1")));
            assertEquals(1, (int) store.read(session -> session.notes().countAll()));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void libraryOfVersionTwoGainsEmptyPaperFieldsAndKeepsItsNotes() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                var statement = connection.createStatement()) {
            for (String script : List.of("V001__library.sql", "V002__change_sequence.sql")) {
                try (var in = getClass().getResourceAsStream("/papernotes/storage/migrations/" + script)) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = 2");
            statement.execute("INSERT INTO topics (id, name) VALUES (1, 'Face Swap')");
            statement.execute("INSERT INTO notes (id, title, topic_id, paper_url, created, updated) VALUES"
                    + " ('aaaaaaaa', 'FSGAN', 1, 'https://arxiv.org/pdf/1908.05932.pdf', '" + T0 + "', '" + T0 + "')");
        }
        try (var store = LibraryStore.open(dir)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            var links = store.read(s -> s.notes().find(new NoteId("aaaaaaaa")))
                    .orElseThrow()
                    .note()
                    .links();
            assertEquals(new PaperLinks(Optional.of("https://arxiv.org/pdf/1908.05932.pdf"), Optional.empty()), links);
            // the year is checked by the schema as well as by the model
            assertThrows(
                    StorageException.class, () -> store.write(s -> s.sql().update("UPDATE notes SET year = 1800")));
            assertThrows(
                    StorageException.class,
                    () -> store.write(s -> s.sql().update("UPDATE notes SET year = '2021'  || 'x'")));
            assertEquals("ok", store.integrityCheck());
        }
    }

    /// A library of version 10 gains the reading status and priority: its notes stay as they were, with neither,
    /// and both can then be set and cleared; the schema refuses values the model would.
    @Test
    void libraryOfVersionTenGainsAnEmptyReadingStatusAndKeepsItsNotes() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                var statement = connection.createStatement()) {
            for (String script : Migrations.SCRIPTS.subList(0, 10)) {
                try (var in = getClass().getResourceAsStream("/papernotes/storage/migrations/" + script)) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = 10");
            statement.execute("INSERT INTO topics (id, name) VALUES (1, 'Face Swap')");
            statement.execute("INSERT INTO notes (id, title, topic_id, body, created, updated) VALUES"
                    + " ('aaaaaaaa', 'FSGAN', 1, '换脸', '" + T0 + "', '" + T0 + "')");
        }
        var id = new NoteId("aaaaaaaa");
        try (var store = LibraryStore.open(dir)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            var note = store.read(s -> s.notes().find(id)).orElseThrow().note();
            assertEquals("FSGAN", note.title());
            assertEquals("换脸", note.body());
            assertEquals(Reading.NONE, note.reading());

            var toRead = new Reading(Optional.of(ReadingStatus.TO_READ), Optional.of(ReadingPriority.HIGH));
            store.write(s -> {
                s.notes().setReading(id, toRead);
                return null;
            });
            assertEquals(
                    toRead,
                    store.read(s -> s.notes().find(id)).orElseThrow().note().reading());
            assertEquals(
                    toRead,
                    store.read(s -> s.noteListing().list(NoteFilter.ALL))
                            .getFirst()
                            .reading());
            assertEquals(
                    List.of(),
                    store.read(s -> s.noteListing()
                            .list(new NoteFilter(
                                    Optional.empty(), Optional.empty(), Optional.of(ReadingStatus.READ)))));
            store.write(s -> {
                s.notes().setReading(id, Reading.NONE);
                return null;
            });
            assertEquals(
                    Reading.NONE,
                    store.read(s -> s.notes().find(id)).orElseThrow().note().reading());

            assertThrows(
                    StorageException.class,
                    () -> store.write(s -> s.sql().update("UPDATE notes SET reading = 'maybe'")));
            assertThrows(
                    StorageException.class, () -> store.write(s -> s.sql().update("UPDATE notes SET priority = 4")));
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void timestampsRoundTripWithMillisecondsAndSortAsText() {
        assertEquals("2026-01-02T03:04:05.000Z", Timestamps.format(Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals(T0, Timestamps.parse(Timestamps.format(T0)));
    }

    /// SQLite would go on writing to a deleted file (and every later save be lost); a write is refused instead.
    @Test
    void aLibraryFolderDeletedWhileOpen_refusesEveryWrite_sayingSo() throws Exception {
        var store = LibraryStore.open(dir.resolve("lib"));
        try {
            store.write(s -> {
                s.meta().put("before", "yes");
                return null;
            });
            try (var files = Files.walk(dir.resolve("lib"))) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            var refused = assertThrows(
                    StorageException.class,
                    () -> store.write(s -> {
                        s.meta().put("after", "yes");
                        return null;
                    }));
            assertTrue(
                    refused.getMessage()
                            .startsWith("The library file " + dir.resolve("lib").resolve("library.db")
                                    + " is no longer there"),
                    refused.getMessage());
        } finally {
            store.close();
        }
    }
}
