package papernotes.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteFilter;
import papernotes.model.NoteSummary;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.ui.DirectBackground;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// The note list and its search, over the shipped notes, without a screen.
@Tag("ui")
class SearchViewModelTest {

    @TempDir
    static Path dir;

    static Library library;

    @BeforeAll
    static void open() {
        library = TestLibrary.shipped(dir);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static SearchViewModel viewModel(DirectBackground background) {
        var viewModel =
                new SearchViewModel(library.notes(), library.search(), background, Messages.of(UiLanguage.ENGLISH));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void aListingAlreadyRead_isShownOnce_thenTheLibraryIsReadAgain() {
        var viewModel = new SearchViewModel(
                library.notes(), library.search(), new DirectBackground(), Messages.of(UiLanguage.ENGLISH));
        var three = library.notes().list(NoteFilter.ALL).subList(0, 3);
        viewModel.startWith(CompletableFuture.completedFuture(three));
        viewModel.refresh();
        assertEquals(three, viewModel.rows().stream().map(NoteRow::note).toList(), "the listing given, not read again");
        viewModel.refresh();
        assertEquals(27, viewModel.rows().size(), "used once");

        viewModel.startWith(CompletableFuture.failedFuture(new IllegalStateException("disk")));
        viewModel.refresh();
        assertEquals(27, viewModel.rows().size(), "a failed reading is done again");

        viewModel.startWith(CompletableFuture.completedFuture(three));
        viewModel.topicFilterProperty().set(Optional.of(TopicPath.of("Face Swap")));
        assertEquals(6, viewModel.rows().size(), "every note's listing is no answer for a topic");
    }

    /// Typing `gfpgan` and Enter at once: the Enter must wait for gfpgan's hits, not act on the list shown before
    /// them (which opened its first note, an unrelated one).
    @Test
    void whenAnswered_waitsForTheAnswerToTheQueryTyped_thenRunsOnce() {
        var background = new DirectBackground();
        var viewModel = viewModel(background);
        var ran = new ArrayList<String>();
        viewModel.whenAnswered(() -> ran.add("now"));
        assertEquals(List.of("now"), ran, "the list shown answers the query: at once");

        background.hold();
        viewModel.queryProperty().set("gfpgan");
        viewModel.whenAnswered(() -> ran.add(viewModel.rows().getFirst().note().title()));
        assertEquals(List.of("now"), ran, "not before the hits arrive");
        background.runNewest();
        assertEquals(List.of("now", "GFPGAN"), ran);
        viewModel.refresh();
        background.runNewest();
        assertEquals(List.of("now", "GFPGAN"), ran, "once");
    }

    @Test
    void aSaveWhileBrowsing_replacesItsRowInPlace_unlessItsPlaceCanChange() {
        var background = new DirectBackground();
        var viewModel = viewModel(background);
        var gpen = viewModel.rows().stream()
                .filter(row -> row.note().title().equals("GPEN"))
                .findFirst()
                .orElseThrow();
        int at = viewModel.rows().indexOf(gpen);
        var before = gpen.note();
        var after = new NoteSummary(
                before.id(),
                before.title(),
                before.topic(),
                before.tags(),
                before.created(),
                before.updated().plusSeconds(60));
        background.hold();
        viewModel.saved(before, after);
        assertEquals(0, background.waiting(), "the library is not listed again for a body saved");
        assertEquals(after, viewModel.rows().get(at).note());
        assertEquals(27, viewModel.rows().size());

        var renamed = new NoteSummary(
                before.id(),
                "GPEN v2",
                before.topic(),
                before.tags(),
                before.created(),
                before.updated().plusSeconds(120));
        viewModel.saved(after, renamed);
        assertEquals(1, background.waiting(), "a new title may move the row: the list is read again");
    }

    @Test
    void browsing_listsEveryNote_thenTheTopicAndTagChosen() {
        var viewModel = viewModel(new DirectBackground());
        assertEquals(27, viewModel.rows().size());
        assertEquals("27 notes", viewModel.summaryProperty().get());
        assertFalse(viewModel.searchingProperty().get());

        viewModel.topicFilterProperty().set(Optional.of(TopicPath.of("Face Swap")));
        assertEquals(6, viewModel.rows().size());
        viewModel.tagFilterProperty().set(Optional.of("disney"));
        assertEquals(1, viewModel.rows().size());
        viewModel.clearTopicFilter();
        viewModel.clearTagFilter();
        assertEquals(27, viewModel.rows().size());
    }

    @Test
    void choosingAllNotes_removesTheTopicAndTheTagFilter_choosingATopicKeepsTheTag() {
        var viewModel = viewModel(new DirectBackground());
        viewModel.tagFilterProperty().set(Optional.of("gan"));
        viewModel.chooseTopic(Optional.of(TopicPath.of("Face Swap")));
        assertEquals(Optional.of("gan"), viewModel.tagFilterProperty().get());
        assertEquals(3, viewModel.rows().size());

        viewModel.chooseTopic(Optional.empty());
        assertEquals(Optional.empty(), viewModel.topicFilterProperty().get());
        assertEquals(Optional.empty(), viewModel.tagFilterProperty().get());
        assertEquals(27, viewModel.rows().size());
    }

    @Test
    void typingChineseOrEnglish_listsTheFaceSwapNotesWithSnippets() {
        var viewModel = viewModel(new DirectBackground());
        viewModel.queryProperty().set("换脸");
        assertTrue(viewModel.searchingProperty().get());
        assertTopicsAllFaceSwapFirst(viewModel);
        assertTrue(viewModel.rows().stream()
                .anyMatch(row -> row.snippets().stream().anyMatch(s -> s.contains("<mark>"))));

        viewModel.queryProperty().set("face swap");
        assertTopicsAllFaceSwapFirst(viewModel);
        assertTrue(
                viewModel.expansionProperty().get().contains("换脸"),
                viewModel.expansionProperty().get());
        assertTrue(viewModel.lastSearchProperty().get().matches("Last search [\\d,]+ ms"));
        assertEquals(1, viewModel.rows().getFirst().rank());
    }

    private static void assertTopicsAllFaceSwapFirst(SearchViewModel viewModel) {
        assertTrue(viewModel.rows().size() >= 5, viewModel.rows().toString());
        assertTrue(
                viewModel.rows().stream()
                        .limit(5)
                        .allMatch(row -> row.note().topic().equals(TopicPath.of("Face Swap"))),
                viewModel.rows().stream().map(r -> r.note().title()).toList().toString());
    }

    private static NoteRow row(SearchViewModel viewModel, String title) {
        return viewModel.rows().stream()
                .filter(row -> row.note().title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aHitFoundThroughItsLabels_showsTheLabelsThatMatched_andWhatThePinyinSpelled() {
        var viewModel = viewModel(new DirectBackground());
        viewModel.queryProperty().set("huanlian");
        assertEquals(
                List.of("Title: Disney高清<mark>换脸</mark> (huanlian → 换脸)", "Topic: <mark>换脸</mark> (huanlian → 换脸)"),
                row(viewModel, "Disney高清换脸").snippets());
        assertEquals(
                List.of("Topic: <mark>换脸</mark> (huanlian → 换脸)"),
                row(viewModel, "FSGAN").snippets());

        viewModel.queryProperty().set("3d-face-generation");
        assertTrue(
                row(viewModel, "TBGAN").snippets().contains("Tag: #<mark>3d-face-generation</mark>"),
                row(viewModel, "TBGAN").snippets().toString());

        viewModel.queryProperty().set("感知损失");
        assertTrue(
                row(viewModel, "ESRGAN & Real-ESRGAN").snippets().stream()
                        .anyMatch(s -> s.contains("<mark>感知损失</mark>")),
                "a body that matched shows its passages");
    }

    @Test
    void aStaleAnswerArrivingLateIsDropped() {
        var background = new DirectBackground();
        var viewModel = viewModel(background);
        background.hold();
        viewModel.queryProperty().set("超分");
        viewModel.queryProperty().set("transformer");
        assertEquals(2, background.waiting());
        background.runNewest();
        background.runOldest();
        assertTrue(viewModel.rows().stream()
                .limit(3)
                .allMatch(row -> row.note().topic().equals(TopicPath.of("ViT Transformer"))));
    }

    @Test
    void theSearchsSentencesAreInTheWindowsLanguage() {
        var viewModel = new SearchViewModel(
                library.notes(), library.search(), new DirectBackground(), Messages.of(UiLanguage.CHINESE));
        viewModel.queryProperty().set("gfpgan transformer imagenet");
        assertEquals("没有笔记包含所有词语；显示包含最多词语的笔记。", viewModel.noticeProperty().get());
        viewModel.queryProperty().set("stylegan2 超分");
        assertTrue(
                viewModel.noticeProperty().get().matches("\\d+ 篇笔记包含所有词语；其余笔记包含其中一部分。"),
                viewModel.noticeProperty().get());
        viewModel.queryProperty().set("+-()");
        assertEquals("这个查询里没有可搜索的内容；请输入词语、中文术语或标识符。", viewModel.noticeProperty().get());
    }

    @Test
    void escClearsTheQueryAndTheListBrowsesAgain() {
        var viewModel = viewModel(new DirectBackground());
        viewModel.queryProperty().set("GFPGAN");
        assertEquals("GFPGAN", viewModel.rows().getFirst().note().title());
        viewModel.clear();
        assertEquals(27, viewModel.rows().size());
        assertEquals("", viewModel.expansionProperty().get());
    }

    @Test
    void snippetsBecomePlainTextPiecesWithoutMarkup() {
        assertEquals(
                List.of(
                        new SnippetText.Piece("基于", false),
                        new SnippetText.Piece("stylegan2", true),
                        new SnippetText.Piece(" <b>&", false)),
                SnippetText.pieces("基于<mark>stylegan2</mark> &lt;b&gt;&amp;"));
    }
}
