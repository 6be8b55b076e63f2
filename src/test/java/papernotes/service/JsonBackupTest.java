package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.LibrarySnapshot;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.Revision;
import papernotes.model.TopicPath;

/// A JSON backup holds the whole library and brings it back exactly: ids, times, history, trash, topic order,
/// citation keys and attachments; the same library always gives the same bytes.
class JsonBackupTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    /// A library with everything a backup must keep: nested and reordered topics with Chinese names, a trashed
    /// topic, tags in a given order, aliases, paper fields, a citation key, revisions, a note in the trash, an
    /// attachment.
    static void fill(TestLibrary library) {
        var notes = library.notes();
        var topics = library.topics();
        topics.create(TopicPath.of("Face Swap"), "换脸");
        topics.create(TopicPath.of("Super Resolution"), "超分辨率");
        topics.create(TopicPath.of("Super Resolution", "Faces"), "人脸");
        topics.move(TopicPath.of("Face Swap"), Optional.empty());
        var links = new PaperLinks(
                Optional.of("https://arxiv.org/abs/2101.04061"),
                Optional.of("https://github.com/TencentARC/GFPGAN"),
                Optional.of("2101.04061"),
                Optional.of("10.1109/CVPR46437.2021.00905"),
                Optional.of(2021),
                Optional.of("CVPR"));
        var gfpgan = notes.create(new NoteDraft(
                Optional.empty(),
                "GFPGAN",
                TopicPath.of("Super Resolution", "Faces"),
                List.of("tencent", "StyleGAN2", "人脸修复"),
                List.of("Towards Real-World Blind Face Restoration"),
                links,
                "出自腾讯,复现效果较真实\n\n![](attachments/" + "a.png)\n[[FSGAN]]"));
        notes.edit(gfpgan.id(), NoteChanges.none().withBody("second version").withAddedTags(List.of("gan")));
        notes.edit(gfpgan.id(), NoteChanges.none().withTitle("GFPGAN v2"));
        var fsgan = notes.create(new NoteDraft(
                Optional.empty(),
                "FSGAN",
                TopicPath.of("Face Swap"),
                List.of("face-swap"),
                List.of(),
                PaperLinks.NONE,
                "基于stylegan2,arcface提取id特征 $x^2$"));
        var trashed = notes.create(NoteDraft.of("Old idea", TopicPath.of("Face Swap"), "废弃"));
        notes.trash(trashed.id());
        notes.create(NoteDraft.of("Gone with its topic", TopicPath.of("Tmp", "Deep"), "x"));
        topics.trash(TopicPath.of("Tmp"));
        notes.edit(fsgan.id(), NoteChanges.none().withArxiv("1908.05932"));
        library.library().bibtex().exportTo(library.store().dataDir().resolve("refs.bib"));
        new AttachmentService(library.store().dataDir()).store(PNG);
    }

    private static LibrarySnapshot snapshot(TestLibrary library) {
        return library.store().read(session -> session.snapshots().read());
    }

    @Test
    void exportTwice_givesTheSameBytes() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            fill(library);
            var first = library.library().jsonBackup().exportTo(dir.resolve("one.zip"));
            library.library().jsonBackup().exportTo(dir.resolve("two.zip"));
            assertArrayEquals(Files.readAllBytes(dir.resolve("one.zip")), Files.readAllBytes(dir.resolve("two.zip")));
            assertEquals(4, first.notes());
            assertEquals(3, first.revisions());
            assertEquals(1, first.attachments());
        }
    }

    @Test
    void importIntoAnEmptyLibrary_reproducesItFieldByField_andExportsTheSameBytes() throws Exception {
        LibrarySnapshot original;
        Map<String, List<Revision>> histories = new HashMap<>();
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            fill(library);
            library.library().jsonBackup().exportTo(dir.resolve("a.zip"));
            original = snapshot(library);
            for (var note : original.notes()) {
                histories.put(note.id().value(), library.history().of(note.id()));
            }
        }
        var folder = new LibraryFolder(dir.resolve("b"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        var imported = folder.importJson(dir.resolve("a.zip"), ImportMode.APPLY);
        assertEquals(4, imported.notes());
        assertEquals(2, imported.trashed());
        assertEquals(1, imported.attachments());

        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            var copy = snapshot(library);
            assertEquals(original.meta(), copy.meta());
            assertEquals(original.topics(), copy.topics());
            for (int i = 0; i < original.notes().size(); i++) {
                assertEquals(original.notes().get(i), copy.notes().get(i));
            }
            assertEquals(original.revisions(), copy.revisions());
            for (var note : copy.notes()) {
                assertEquals(histories.get(note.id().value()), library.history().of(note.id()));
            }
            assertEquals(
                    List.of("Face Swap", "Super Resolution", "Super Resolution / Faces"),
                    library.topics().list().stream()
                            .map(t -> t.path().toString())
                            .toList());
            assertEquals(2, library.notes().trashed().size());
            var gfpgan = library.notes().resolve("GFPGAN v2");
            assertEquals(List.of(gfpgan.value()), library.search().searchIds("腾讯 OR version", 10));
            assertEquals(
                    TopicPath.of("Tmp", "Deep"),
                    library.notes()
                            .restore(library.notes().resolve("Gone with its topic"))
                            .topic(),
                    "a trashed topic comes back with its note");
        }
        // the same backup into another new folder, exported again: the bytes of the first export
        var third = new LibraryFolder(dir.resolve("d"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        third.importJson(dir.resolve("a.zip"), ImportMode.APPLY);
        try (var library = TestLibrary.empty(dir.resolve("d"))) {
            library.library().jsonBackup().exportTo(dir.resolve("d.zip"));
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("d.zip")));
        assertTrue(Files.isRegularFile(dir.resolve("d")
                .resolve("attachments")
                .resolve(Files.list(dir.resolve("a").resolve("attachments"))
                        .findFirst()
                        .orElseThrow()
                        .getFileName())));
    }

    @Test
    void importIntoALibraryWithNotes_isRefusedInOneSentence_andChangesNothing() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            fill(library);
            library.library().jsonBackup().exportTo(dir.resolve("a.zip"));
        }
        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            library.notes().create(NoteDraft.of("Mine", TopicPath.of("Inbox"), ""));
        }
        var before = MalformedImportTest.hash(dir.resolve("b").resolve("library.db"));
        var folder = new LibraryFolder(dir.resolve("b"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        var error = assertThrows(
                PaperNotesException.class, () -> folder.importJson(dir.resolve("a.zip"), ImportMode.APPLY));
        assertTrue(error.getMessage().contains("is not empty"), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
        assertEquals(before, MalformedImportTest.hash(dir.resolve("b").resolve("library.db")));
    }

    @Test
    void dryRun_saysWhatItWouldBring_andWritesNothing() throws Exception {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            fill(library);
            library.library().jsonBackup().exportTo(dir.resolve("a.zip"));
        }
        var folder = new LibraryFolder(dir.resolve("b"), new TestLibrary.SteppingClock(), ZoneOffset.UTC, "test");
        var result = folder.importJson(dir.resolve("a.zip"), ImportMode.DRY_RUN);
        assertEquals(4, result.notes());
        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            assertEquals(0, library.notes().list(NoteFilter.ALL).size());
        }
        assertTrue(Files.notExists(dir.resolve("b").resolve("attachments")));
    }
}
