package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;

/// The index follows the library: every change is searchable at once, and a missing, damaged or stale index is
/// detected at start and rebuilt to give the same answers.
class SearchIndexLifecycleTest {

    static final List<String> PROBES = List.of(
            "换脸",
            "face swap",
            "超分",
            "stylegan2",
            "3DMM",
            "landmark",
            "腾讯",
            "姿态",
            "esrgn",
            "hl",
            "帝国理工组",
            "\"dense block\"",
            "loss -identity");

    @TempDir
    Path dir;

    private static List<List<String>> answers(Library library) {
        return PROBES.stream().map(q -> library.search().searchIds(q, 30)).toList();
    }

    private static List<String> ids(Library library, String query) {
        return library.search().searchIds(query, 30);
    }

    @Test
    void everySaveDeleteAndRestoreIsVisibleToTheNextSearch() {
        try (var library = TestLibrary.shipped(dir)) {
            var note = library.notes()
                    .create(NoteDraft.of("扩散模型换脸", TopicPath.of("Face Swap"), "基于 diffusion 的 zqxjk 方法"));
            var id = note.id().value();
            assertEquals(List.of(id), ids(library, "zqxjk"));
            library.notes().edit(note.id(), NoteChanges.none().withBody("改为 wvutz 方法"));
            assertEquals(List.of(), ids(library, "zqxjk"));
            assertEquals(List.of(id), ids(library, "wvutz"));
            library.notes().trash(note.id());
            assertEquals(List.of(), ids(library, "wvutz"));
            library.notes().restore(note.id());
            assertEquals(List.of(id), ids(library, "wvutz"));
        }
    }

    @Test
    void deletedIndexIsRebuiltWithTheSameAnswers() throws IOException {
        List<List<String>> before;
        try (var library = TestLibrary.shipped(dir)) {
            before = answers(library);
        }
        TestFolders.delete(dir.resolve("index"));
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(before, answers(library));
            assertEquals(27, library.search().indexedIds().size());
        }
    }

    @Test
    void damagedIndexIsRebuiltWithTheSameAnswers() throws IOException {
        List<List<String>> before;
        try (var library = TestLibrary.shipped(dir)) {
            before = answers(library);
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.TRUNCATE_EXISTING);
            }
        }
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(before, answers(library));
        }
    }

    @Test
    void indexBehindTheLibraryCatchesUpAtStart() {
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(27, library.search().indexedIds().size());
        }
        // a change the index never heard of, as after a crash between the SQLite commit and the index update
        String id;
        try (var store = LibraryStore.open(dir)) {
            var notes = new NoteService(store, new TestLibrary.SteppingClock(), new Random(7));
            id = notes.create(NoteDraft.of("离线添加", TopicPath.of("Face Swap"), "kqzvx"))
                    .id()
                    .value();
            notes.trash(notes.resolve("GPEN"));
        }
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(List.of(id), ids(library, "kqzvx"));
            assertEquals(
                    List.of(),
                    ids(library, "GPEN").stream()
                            .filter(i -> i.equals("tswayzv4"))
                            .toList());
            assertEquals(27, library.search().indexedIds().size());
            assertEquals(library.search().highWaterMark(), latestChange(library));
        }
    }

    /// Found by the crash harness: a note trashed and deleted for good after the index's last commit has no row
    /// left to be stamped, so the index kept it until the deletion was recorded (schema 8).
    @Test
    void notesDeletedForGoodWhileTheIndexWasBehindAreRemovedWhenItCatchesUp() {
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(27, library.search().indexedIds().size());
        }
        String gpen;
        try (var store = LibraryStore.open(dir)) {
            var notes = new NoteService(store, new TestLibrary.SteppingClock(), new Random(7));
            var one = notes.resolve("GPEN");
            gpen = one.value();
            notes.trash(one);
            notes.purge(one);
            var two = notes.resolve("HifiFace");
            var three = notes.resolve("FSGAN");
            notes.trash(two);
            notes.trash(three);
            assertEquals(2, notes.emptyTrash());
        }
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(24, library.search().indexedIds().size());
            assertTrue(!library.search().indexedIds().contains(gpen));
            assertEquals(
                    library.notes().list(NoteFilter.ALL).stream()
                            .map(n -> n.id().value())
                            .sorted()
                            .toList(),
                    library.search().indexedIds().stream().sorted().toList());
        }
    }

    @Test
    void aChangeTheIndexFailedToApplyIsCaughtUpAtTheNextStartEvenAfterLaterChanges() throws Exception {
        NoteId broken;
        try (var test = TestLibrary.empty(dir)) {
            broken = test.notes()
                    .create(NoteDraft.of("坏的", TopicPath.of("Alpha"), "qqxzz"))
                    .id();
            var other = test.notes()
                    .create(NoteDraft.of("好的", TopicPath.of("Beta"), "wwyyk"))
                    .id();
            // a change committed by the library that the index cannot read back at the moment
            sql(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq'",
                    "UPDATE notes SET body = 'vvkkp', created = '2026-01-01 unreadable',"
                            + " change_seq = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'change_seq') WHERE id = '"
                            + broken + "'");
            assertThrows(RuntimeException.class, () -> test.search().noteChanged(broken));
            test.notes().edit(other, NoteChanges.none().withBody("ppmmr"));
            assertEquals(List.of(other.value()), test.search().searchIds("ppmmr", 10));
            assertTrue(test.search().highWaterMark()
                    < test.store().read(s -> s.changes().latest()));
        }
        sql("UPDATE notes SET created = '2026-01-01T00:00:00.000Z' WHERE id = '" + broken + "'");
        try (var test = TestLibrary.empty(dir)) {
            assertEquals(List.of(broken.value()), test.search().searchIds("vvkkp", 10));
            assertEquals(List.of(), test.search().searchIds("qqxzz", 10));
            assertEquals(
                    (long) test.store().read(s -> s.changes().latest()),
                    test.search().highWaterMark());
        }
    }

    /// Writes to the library file directly, beside the library's own connection.
    private void sql(String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LibraryStore.DATABASE_FILE));
                var statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long latestChange(Library library) {
        return library.search().highWaterMark();
    }

    @Test
    void userGlossaryExtendsTheShippedOneWithoutReindexing() throws IOException {
        try (var library = TestLibrary.shipped(dir)) {
            assertEquals(List.of(), ids(library, "秘笈"));
            Files.writeString(dir.resolve(GlossarySource.USER_FILE), "entries:\n  - terms: [秘笈, Towr]\n");
            var found = library.search().search("秘笈", 10, Optional.empty(), Optional.empty());
            assertEquals(
                    List.of("Contact Human Dynamics", "HuMoR"),
                    found.hits().stream().map(h -> h.note().title()).toList());
            assertEquals(List.of("秘笈 → Towr"), found.expanded());
            Files.writeString(dir.resolve(GlossarySource.USER_FILE), "entries: [oops");
            var broken = library.search().search("换脸", 10, Optional.empty(), Optional.empty());
            assertTrue(broken.total() >= 6);
            assertTrue(
                    broken.notices().getFirst().startsWith("Your glossary could not be used, so the built-in one is:"),
                    broken.notices().toString());
        }
    }
}
