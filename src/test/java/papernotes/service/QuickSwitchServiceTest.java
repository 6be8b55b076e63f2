package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.QuickSwitchHit;
import papernotes.model.TopicPath;

/// The quick switcher over the shipped notes, as a user types into it.
class QuickSwitchServiceTest {

    private static Path dir;
    private static Library library;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("papernotes-switch");
        library = TestLibrary.shipped(dir);
    }

    @AfterAll
    static void close() {
        library.close();
        TestFolders.delete(library.dataDir());
    }

    private static List<String> titles(QuickSwitchService service, String query) {
        return service.find(query, 10).stream().map(hit -> hit.note().title()).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hl          | Disney高清换脸
            gaoqing     | Disney高清换脸
            huanlian    | Disney高清换脸
            disney      | Disney高清换脸
            換臉         | Disney高清换脸
            3ddfa       | 3DDFA & 3DDFA_V2
            3ddfa_v2    | 3DDFA & 3DDFA_V2
            stylgan     | ShapeEditer
            gpen        | GPEN
            lv-vit      | Token Labeling
            realesrgan  | ESRGAN & Real-ESRGAN
            fcshftr     | FaceShifter
            aiayn       | Attention is all you need
            jc          | 基础
            """)
    void theNoteMeantComesFirst(String query, String title) {
        var titles = titles(library.quickSwitch(), query);
        assertFalse(titles.isEmpty(), query + " found nothing");
        assertEquals(title, titles.getFirst(), titles.toString());
    }

    @Test
    void aHitSaysWhichNameMatchedAndWhereToHighlightIt() {
        var title = library.quickSwitch().find("hl", 1).getFirst();
        assertEquals("Disney高清换脸", title.matchedText());
        assertTrue(title.onTitle());
        assertEquals(List.of(8, 9), title.highlightPositions());

        var alias = library.quickSwitch().find("stylgan", 1).getFirst();
        assertEquals("ShapeEditor: A StyleGAN Encoder for Face Swapping", alias.matchedText());
        assertFalse(alias.onTitle());
        assertEquals(List.of(15, 16, 17, 18, 20, 21, 22), alias.highlightPositions());
    }

    @Test
    void betterMatchesComeFirstAndAtMostTheLimit() {
        var vit = library.quickSwitch().find("vit", 3);
        assertEquals(3, vit.size());
        // Token Labeling by its shorter alias LV-ViT, where a word starts with vit as in Tokens-to-Token ViT
        assertEquals(
                List.of("ViT", "Token Labeling", "Tokens-to-Token ViT"),
                vit.stream().map(h -> h.note().title()).toList());
        assertEquals("LV-ViT", vit.get(1).matchedText());
        assertTrue(
                vit.get(0).score() > vit.get(1).score()
                        && vit.get(1).score() > vit.get(2).score(),
                vit.toString());
    }

    @Test
    void aQueryWithoutLettersFindsNothingAndNoLimitIsAnError() {
        assertEquals(List.of(), library.quickSwitch().find(" & ", 10));
        var error = assertThrows(
                InvalidInputException.class, () -> library.quickSwitch().find("gpen", 0));
        assertEquals("Ask for at least one note.", error.getMessage());
    }

    @Test
    void stylegansComeFirstShorterNamesBeforeLongerOnes(@TempDir Path other) {
        try (var test = TestLibrary.empty(other)) {
            for (String title :
                    List.of("StyleGAN2-ADA", "StyleGAN", "GPEN", "StyleGAN2", "Synthesizing Faces by Style")) {
                test.notes().create(NoteDraft.of(title, TopicPath.of("GAN"), ""));
            }
            assertEquals(
                    List.of("StyleGAN", "StyleGAN2", "StyleGAN2-ADA"),
                    titles(test.library().quickSwitch(), "stylgan"));
        }
    }

    @Test
    void theSwitcherFollowsEverySaveTrashAndRestore(@TempDir Path other) {
        try (var test = TestLibrary.empty(other)) {
            var switcher = test.library().quickSwitch();
            var notes = test.notes();
            var gpen = notes.create(NoteDraft.of("GPEN", TopicPath.of("Super Resolution"), ""))
                    .id();
            var dfdnet = notes.create(NoteDraft.of("DFDNet", TopicPath.of("Super Resolution"), ""))
                    .id();
            assertEquals(List.of("GPEN"), titles(switcher, "gpen"));

            notes.edit(gpen, NoteChanges.none().withTitle("高清人脸修复"));
            assertEquals(List.of(), titles(switcher, "gpen"));
            assertEquals(List.of("高清人脸修复"), titles(switcher, "gqrl"));

            notes.trash(gpen);
            assertEquals(List.of(), titles(switcher, "gqrl"));
            notes.restore(gpen);
            assertEquals(List.of("高清人脸修复"), titles(switcher, "gaoqing"));

            // the blank query offers the most recently updated first
            assertEquals(List.of("高清人脸修复", "DFDNet"), blank(switcher));
            notes.edit(dfdnet, NoteChanges.none().withBody("出自腾讯"));
            assertEquals(List.of("DFDNet", "高清人脸修复"), blank(switcher));
        }
    }

    private static List<String> blank(QuickSwitchService switcher) {
        return switcher.find("  ", 10).stream()
                .map(QuickSwitchHit::note)
                .map(n -> n.title())
                .toList();
    }
}
