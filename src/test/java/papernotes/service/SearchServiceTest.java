package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papernotes.TestFolders;
import papernotes.TestLibrary;
import papernotes.model.TopicPath;

/// Search over the shipped notes, as a user types it.
class SearchServiceTest {

    private static Path dir;
    private static Library library;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("papernotes-search");
        library = TestLibrary.shipped(dir);
    }

    @AfterAll
    static void close() {
        library.close();
        TestFolders.delete(library.dataDir());
    }

    private static SearchOutcome search(String query) {
        return library.search().search(query, 30, Optional.empty(), Optional.empty());
    }

    private static List<String> titles(String query) {
        return search(query).hits().stream().map(h -> h.note().title()).toList();
    }

    private static String first(String query) {
        var titles = titles(query);
        return titles.isEmpty() ? "(nothing)" : titles.getFirst();
    }

    private static SearchOutcome.Hit hit(String query, String title) {
        return search(query).hits().stream()
                .filter(h -> h.note().title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError(query + " does not find " + title));
    }

    @Test
    void aHitFoundByItsLabels_saysWhichLabelMatched_insteadOfTheBodysFirstLines() {
        var tag = hit("3d-face-generation", "TBGAN");
        assertTrue(
                tag.labels()
                        .contains(new SearchOutcome.Label(
                                SearchOutcome.Label.Kind.TAG, "<mark>3d-face-generation</mark>", Optional.empty())),
                tag.labels().toString());
        assertEquals(List.of(), tag.snippets(), "no passage of the body, which does not say it");

        var alias = hit("transformer vision", "ViT");
        assertTrue(
                alias.labels()
                        .contains(new SearchOutcome.Label(
                                SearchOutcome.Label.Kind.ALIAS,
                                "<mark>Vision</mark> <mark>Transformer</mark>",
                                Optional.empty())),
                alias.labels().toString());

        var body = hit("感知损失", "ESRGAN & Real-ESRGAN");
        assertTrue(body.snippets().stream().anyMatch(s -> s.contains("<mark>")), "a body that matched still shows");
    }

    @Test
    void aHitFoundByPinyin_saysWhatThePinyinMatched() {
        var title = hit("huanlian", "Disney高清换脸");
        assertEquals(
                new SearchOutcome.Label(
                        SearchOutcome.Label.Kind.TITLE, "Disney高清<mark>换脸</mark>", Optional.of("huanlian")),
                title.labels().getFirst(),
                "the title first");

        var topic = hit("huanlian", "FSGAN");
        assertEquals(
                List.of(new SearchOutcome.Label(
                        SearchOutcome.Label.Kind.TOPIC, "<mark>换脸</mark>", Optional.of("huanlian"))),
                topic.labels());
        assertEquals(List.of(), topic.snippets());
    }

    @Test
    void chineseAndEnglishFindTheFaceSwapNotes() {
        var chinese = titles("换脸");
        var english = titles("face swap");
        var faceSwap = List.of("FSGAN", "Disney高清换脸", "InfoSwap", "ShapeEditer", "FaceShifter", "HifiFace");
        assertTrue(chinese.subList(0, 6).containsAll(faceSwap), chinese.toString());
        assertTrue(english.subList(0, 6).containsAll(faceSwap), english.toString());
        assertTrue(
                search("face swap").expanded().getFirst().startsWith("face swap → 换脸"),
                search("face swap").expanded().toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "GPEN, GPEN",
        "Token Labeling, Token Labeling",
        "token labeling, Token Labeling",
        "LV-ViT, Token Labeling",
        "3DDFA, 3DDFA & 3DDFA_V2",
        "3ddfa_v2, 3DDFA & 3DDFA_V2",
        "RealESRGAN, ESRGAN & Real-ESRGAN",
        "Real-ESRGAN, ESRGAN & Real-ESRGAN",
        "StyleGAN2 1024, ShapeEditer",
        "esrgn, ESRGAN & Real-ESRGAN",
        "faceshfter, FaceShifter",
        "ＧＰＥＮ, GPEN",
        "換臉, Disney高清换脸",
        "huanlian, Disney高清换脸",
        "基础, 基础",
        "Attention is all you need, Attention is all you need",
        "超分, AvatarMe & AvatarMe++",
        "超分辨率, ESRGAN & Real-ESRGAN",
        "帝国理工, 基础",
        "网络插值, ESRGAN & Real-ESRGAN",
        "which papers come from Tencent, GFPGAN",
    })
    void queryRanksTheNoteFirst(String query, String title) {
        assertEquals(title, first(query), () -> titles(query).toString());
    }

    @Test
    void aLiteralMatchRanksAboveNotesFoundThroughTheGlossary() {
        var titles = titles("超分");
        assertEquals("AvatarMe & AvatarMe++", titles.getFirst());
        assertTrue(
                titles.subList(1, 5).containsAll(List.of("ESRGAN & Real-ESRGAN", "GFPGAN", "GPEN", "DFDNet")),
                titles.toString());
    }

    @Test
    void initialsOfChineseLabelsMatch() {
        assertTrue(titles("hl").contains("Disney高清换脸"), titles("hl").toString());
    }

    @Test
    void singleChineseCharacterFindsNotes() {
        assertTrue(titles("帧").contains("HuMoR"), titles("帧").toString());
    }

    @Test
    void englishIsCaseInsensitiveAndNotStemmed() {
        assertEquals(titles("stylegan2"), titles("StyleGAN2"));
        assertTrue(titles("arcface").contains("InfoSwap"));
    }

    @Test
    void phraseExcludeOrAndFilters() {
        assertEquals(List.of("ESRGAN & Real-ESRGAN"), titles("\"dense block\""));
        assertFalse(titles("stylegan2 -ShapeEditer").contains("ShapeEditer"));
        assertTrue(titles("GPEN OR DFDNet").containsAll(List.of("GPEN", "DFDNet")));
        assertEquals(List.of("GFPGAN"), titles("tag:tencent"));
        assertTrue(titles("topic:\"3D Face Reconstruction\" 3dmm").stream().noneMatch(t -> t.equals("HuMoR")));
        assertEquals(List.of("GANFit & Fast-GANFit"), titles("title:GANFit"));
        assertTrue(titles("style*").contains("ShapeEditer"));
        var filtered = library.search()
                .search("loss", 30, Optional.of(TopicPath.parse("3D Face Reconstruction / 帝国理工组")), Optional.empty());
        assertTrue(filtered.hits().stream()
                .allMatch(h -> h.note().topic().toString().equals("3D Face Reconstruction / 帝国理工组")));
        assertTrue(filtered.total() >= 2);
    }

    @Test
    void whenNoNoteHasAllWordsMostWordsAreShownAndSaidSo() {
        var outcome = search("stylegan2 zzzqqq");
        assertTrue(outcome.relaxed());
        assertTrue(outcome.notices()
                .contains("No note contains all the words; showing the notes that contain most of them."));
        assertTrue(outcome.total() > 0);
    }

    @Test
    void snippetsMarkTheMatchWithMarkdownStripped() {
        var hit = search("感知损失").hits().stream()
                .filter(h -> h.note().title().startsWith("ESRGAN"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                hit.snippets().stream().anyMatch(s -> s.contains("<mark>感知损失</mark>")),
                hit.snippets().toString());
        assertTrue(hit.snippets().size() <= 2);
        var links = search("fsgan").hits().getFirst().snippets();
        assertTrue(links.stream().noneMatch(s -> s.contains("&lt;https")), links.toString());
        var synonyms = search("perceptual loss").hits().stream()
                .flatMap(h -> h.snippets().stream())
                .toList();
        assertTrue(synonyms.stream().anyMatch(s -> s.contains("<mark>")), synonyms.toString());
    }

    @Test
    void snippetsMarkTheWordATypoOrAPrefixFound() {
        var typo = search("stylgan2").hits().getFirst().snippets();
        assertTrue(
                typo.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("<mark>stylegan2</mark>")),
                typo.toString());
        var prefix = search("restor*").hits().stream()
                .flatMap(h -> h.snippets().stream())
                .toList();
        assertTrue(prefix.stream().anyMatch(s -> s.contains("<mark>restoration</mark>")), prefix.toString());
    }

    @Test
    void emptyOrOperatorOnlyQueriesSayWhy() {
        assertEquals(0, search("").total());
        var operators = search("-()\"\"*");
        assertEquals(0, operators.total());
        assertEquals(
                List.of("There is nothing to search for in this query; type a word, a Chinese term or an identifier."),
                operators.notices());
    }
}
