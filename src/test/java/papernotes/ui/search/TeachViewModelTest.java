package papernotes.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;
import papernotes.ui.DirectBackground;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// Teaching a translation from a search: the dialog offers the query's words, OK keeps the pair in the user's
/// glossary, the search runs again at once and the status bar says what was learned.
@Tag("ui")
class TeachViewModelTest {

    @TempDir
    Path dir;

    private TestLibrary library;
    private SearchViewModel search;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        library = TestLibrary.empty(dir);
        library.notes().create(NoteDraft.of("扩散模型采样", TopicPath.of("Generative"), "采样用朗之万动态，逐渐减小温度。"));
        search = new SearchViewModel(
                library.notes(), library.search(), new DirectBackground(), Messages.of(UiLanguage.ENGLISH));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private TeachViewModel teaching(UiLanguage language) {
        var teach = new TeachViewModel(library.library().glossary(), search, said::add, Messages.of(language));
        teach.start();
        return teach;
    }

    private List<String> titles() {
        return search.rows().stream().map(row -> row.note().title()).toList();
    }

    @Test
    void offersTheWordsOfTheQuery_notItsSyntax_theFirstChosen() {
        assertEquals(List.of("Langevin", "dynamics", "Langevin dynamics"), TeachViewModel.words("Langevin dynamics"));
        assertEquals(
                List.of("dense block", "Langevin", "style"),
                TeachViewModel.words("\"dense block\" (Langevin OR style*) -stylegan topic:\"Face Swap\" tag:x"));
        assertEquals(List.of("朗之万动态"), TeachViewModel.words("朗之万动态"));
        search.queryProperty().set("Langevin dynamics");
        var teach = teaching(UiLanguage.ENGLISH);
        assertEquals(List.of("Langevin", "dynamics", "Langevin dynamics"), teach.suggestions());
        assertEquals("Langevin", teach.termProperty().get());
        assertEquals("", teach.meaningProperty().get());
    }

    @Test
    void okIsOfferedOnlyWithAWordAndWhatItMeans() {
        search.queryProperty().set("Langevin");
        var teach = teaching(UiLanguage.ENGLISH);
        assertFalse(teach.canTeachProperty().get());
        teach.meaningProperty().set("  ");
        assertFalse(teach.canTeachProperty().get());
        teach.meaningProperty().set("朗之万");
        assertTrue(teach.canTeachProperty().get());
        teach.termProperty().set("");
        assertFalse(teach.canTeachProperty().get());
    }

    @Test
    void teachingRunsTheSearchAgain_andTheNoteFoundThroughThePairAppears() {
        search.queryProperty().set("Langevin");
        assertEquals(List.of(), titles());
        var teach = teaching(UiLanguage.ENGLISH);
        teach.meaningProperty().set("朗之万");
        assertTrue(teach.teach());
        assertEquals(List.of("扩散模型采样"), titles());
        assertEquals(List.of("Learned: Langevin = 朗之万. The search uses it from now on."), said);
    }

    @Test
    void aPairAlreadyKnownIsSaid() {
        search.queryProperty().set("换脸");
        var teach = teaching(UiLanguage.ENGLISH);
        teach.meaningProperty().set("face swap");
        assertTrue(teach.teach());
        assertEquals(List.of("Already known: 换脸 = face swap."), said);
    }

    @Test
    void aRefusedPairKeepsTheDialogOpen_sayingWhyInTheWindowsLanguage() {
        search.queryProperty().set("Langevin");
        var teach = teaching(UiLanguage.CHINESE);
        teach.meaningProperty().set("ＬＡＮＧＥＶＩＮ");
        assertFalse(teach.teach());
        assertEquals(
                "“Langevin”和“ＬＡＮＧＥＶＩＮ”是同一个词；请写出它在另一种语言里的说法。",
                teach.problemProperty().get());
        assertEquals(List.of(), said);
        teach.meaningProperty().set("朗之万");
        assertEquals("", teach.problemProperty().get(), "a new answer clears the problem");
    }
}
