package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// Related notes over the shipped notes: the notes filed together are each other's closest relatives, and a note in
/// one language finds its neighbours written in the other.
class RelatedNotesTest {

    private static final List<String> FACE_SWAP =
            List.of("Disney高清换脸", "FSGAN", "FaceShifter", "HifiFace", "InfoSwap", "ShapeEditer");
    private static final List<String> SUPER_RESOLUTION = List.of("DFDNet", "ESRGAN & Real-ESRGAN", "GFPGAN", "GPEN");

    private static Path dir;
    private static Library library;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("papernotes-related");
        library = TestLibrary.shipped(dir);
    }

    @AfterAll
    static void close() {
        library.close();
        TestFolders.delete(library.dataDir());
    }

    private static NoteId id(String title) {
        return library.notes().resolve(title);
    }

    private static List<String> related(NoteId id) {
        return library.search().related(id, 5).stream().map(NoteSummary::title).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Disney高清换脸", "FSGAN", "FaceShifter", "HifiFace", "InfoSwap", "ShapeEditer"})
    void aFaceSwapNoteIsMostLikeTheOtherFaceSwapNotes(String title) {
        var related = related(id(title));
        assertEquals(5, related.size(), related.toString());
        assertTrue(related.stream().filter(FACE_SWAP::contains).count() >= 4, related.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DFDNet", "ESRGAN & Real-ESRGAN", "GFPGAN", "GPEN"})
    void aSuperResolutionNoteFindsTheOtherSuperResolutionNotes(String title) {
        var related = related(id(title));
        var others = SUPER_RESOLUTION.stream().filter(t -> !t.equals(title)).toList();
        assertTrue(related.containsAll(others), related.toString());
    }

    @Test
    void theFilesOfOneTopicAreEachOthersClosestRelatives() {
        int same = 0;
        int total = 0;
        for (NoteSummary note : library.notes().list(NoteFilter.ALL)) {
            for (NoteSummary other : library.search().related(note.id(), 5)) {
                total++;
                if (other.topic().names().getFirst().equals(note.topic().names().getFirst())) {
                    same++;
                }
            }
        }
        // 111 is the most possible: a topic of four notes has only three others to offer
        assertTrue(same >= 100, same + " of " + total);
    }

    @Test
    void aChineseNoteAboutSuperResolutionFindsTheNotesThatSayItInEnglish(@TempDir Path other) {
        try (var library = TestLibrary.shipped(other)) {
            var chinese = library.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "模型对比",
                            TopicPath.of("杂记"),
                            List.of(),
                            List.of(),
                            PaperLinks.NONE,
                            "几种超分模型的对比：先用退化生成训练数据，再恢复高清细节。"))
                    .id();
            var english = library.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "Reading list",
                            TopicPath.of("Misc"),
                            List.of(),
                            List.of(),
                            PaperLinks.NONE,
                            "Papers on face swap: identity from one face, attributes from the other."))
                    .id();

            var forChinese = library.search().related(chinese, 5).stream()
                    .map(NoteSummary::title)
                    .toList();
            var forEnglish = library.search().related(english, 5).stream()
                    .map(NoteSummary::title)
                    .toList();

            assertTrue(SUPER_RESOLUTION.contains(forChinese.getFirst()), forChinese.toString());
            assertTrue(forChinese.stream().filter(SUPER_RESOLUTION::contains).count() >= 3, forChinese.toString());
            assertTrue(forEnglish.stream().filter(FACE_SWAP::contains).count() >= 3, forEnglish.toString());
            assertTrue(forEnglish.contains("Disney高清换脸"), forEnglish.toString());
        }
    }

    @Test
    void neitherTheNoteItselfNorANoteInTheTrashIsRelated(@TempDir Path other) {
        try (var library = TestLibrary.shipped(other)) {
            var gfpgan = library.notes().resolve("GFPGAN");
            var gpen = library.notes().resolve("GPEN");
            assertTrue(library.search().related(gfpgan, 5).stream().anyMatch(n -> n.id().equals(gpen)));

            library.notes().trash(gpen);

            var related = library.search().related(gfpgan, 20);
            assertFalse(
                    related.stream().anyMatch(n -> n.id().equals(gpen) || n.id().equals(gfpgan)), related.toString());
            assertEquals(
                    List.of(),
                    library.search().related(gfpgan, 3).stream()
                            .filter(n -> n.id().equals(gpen))
                            .toList());
            assertEquals(3, library.search().related(gfpgan, 3).size());
        }
    }

    @Test
    void aNoteThatSharesNoWordWithAnyOtherHasNoRelatives(@TempDir Path other) {
        try (var test = TestLibrary.empty(other)) {
            var lonely = test.notes()
                    .create(NoteDraft.of("Xyzzy", TopicPath.of("Misc"), "plugh"))
                    .id();
            test.notes().create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), "出自阿里"));
            assertEquals(List.of(), test.search().related(lonely, 5));
        }
    }

    @Test
    void relatedNotesOfAnUnknownNoteOrNoneAtAllAreErrors() {
        var unknown =
                assertThrows(NoteNotFoundException.class, () -> library.search().related(new NoteId("zzzzzzzz"), 5));
        assertEquals("There is no note with the id zzzzzzzz.", unknown.getMessage());
        var none =
                assertThrows(InvalidInputException.class, () -> library.search().related(id("GPEN"), 0));
        assertEquals("Ask for at least one related note.", none.getMessage());
    }
}
