package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.eventually;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;
import papernotes.service.GlossarySource;
import papernotes.ui.search.NoteRow;

/// Teaching a translation from a search, headless: a note says 朗之万动态 and never Langevin, so a search for
/// Langevin misses it; "Teach a translation…" above the hits, 朗之万 typed as what Langevin means, OK, and the same
/// search finds it at once (the glossary changes, the index is not rebuilt).
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TeachFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        ui.library().notes().create(NoteDraft.of("扩散模型采样", TopicPath.of("Generative"), "采样用朗之万动态，逐渐减小温度。"));
        ui.window().viewModel().reload();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(FxRobot robot) {
        return ((TableView<NoteRow>) robot.lookup("#noteList").queryAs(TableView.class))
                .getItems().stream().map(row -> row.note().title()).toList();
    }

    private void search(FxRobot robot, String query) {
        eventually(() -> titles(robot).size() == 28, () -> "the list shows the library");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(query);
        eventually(
                () -> query.equals(
                                ui.window().viewModel().search().queryProperty().get())
                        && ui.window().viewModel().search().searchingProperty().get()
                        && robot.lookup("#listSummary").queryLabeled().getText().startsWith("No notes match"),
                () -> titles(robot).toString());
        settle();
    }

    @Test
    void teachingWhatAWordOfTheSearchMeans_findsTheNoteAtOnce(FxRobot robot) {
        search(robot, "Langevin");
        assertFalse(titles(robot).contains("扩散模型采样"));
        long indexedBefore = ui.library().search().highWaterMark();

        robot.clickOn("#teachLink");
        eventually(() -> robot.lookup("#teachMeaning").tryQuery().isPresent(), () -> "the dialog asks what it means");
        @SuppressWarnings("unchecked")
        ComboBox<String> term = robot.lookup("#teachTerm").queryAs(ComboBox.class);
        assertEquals("Langevin", term.getEditor().getText(), "the query's word is offered");
        // the headless robot types no Chinese (an input method would): the text is put in the field as typed
        var meaning = robot.lookup("#teachMeaning").queryAs(TextField.class);
        robot.clickOn(meaning);
        robot.interact(() -> meaning.setText("朗之万"));
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Labeled b) -> "OK".equals(b.getText()))
                .queryAs(Node.class));

        eventually(() -> titles(robot).contains("扩散模型采样"), () -> "the search runs again: " + titles(robot));
        assertEquals(
                "Langevin", ui.window().viewModel().search().queryProperty().get(), "the same search");
        assertEquals(
                "Learned: Langevin = 朗之万. The search uses it from now on.",
                robot.lookup("#statusMessage").queryLabeled().getText());
        assertEquals(indexedBefore, ui.library().search().highWaterMark(), "nothing was reindexed");
        assertTrue(robot.lookup("#teachMeaning").tryQuery().isEmpty(), "the dialog closed");
        assertTrue(Files.exists(ui.library().dataDir().resolve(GlossarySource.USER_FILE)));
    }

    @Test
    void theHitsContextMenuTeachesToo_offeringTheWordsOfTheSearch(FxRobot robot) {
        eventually(() -> titles(robot).size() == 28, () -> "the list shows the library");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("face swap");
        eventually(
                () -> ui.window().viewModel().search().searchingProperty().get()
                        && titles(robot).contains("FSGAN"),
                () -> titles(robot).toString());
        settle();
        robot.rightClickOn(robot.lookup("#noteList .note-title")
                .match((Labeled l) -> "FSGAN".equals(l.getText()))
                .queryAs(Node.class));
        eventually(
                () -> robot.lookup(".context-menu .label")
                        .match((Labeled l) -> "Teach a translation…".equals(l.getText()))
                        .tryQuery()
                        .isPresent(),
                () -> "offered");
        robot.clickOn(robot.lookup(".context-menu .label")
                .match((Labeled l) -> "Teach a translation…".equals(l.getText()))
                .queryAs(Node.class));
        eventually(() -> robot.lookup("#teachTerm").tryQuery().isPresent(), () -> "the dialog asks");
        @SuppressWarnings("unchecked")
        ComboBox<String> term = robot.lookup("#teachTerm").queryAs(ComboBox.class);
        assertEquals(List.of("face", "swap", "face swap"), term.getItems());
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Labeled b) -> "Cancel".equals(b.getText()))
                .queryAs(Node.class));
        eventually(() -> robot.lookup("#teachTerm").tryQuery().isEmpty(), () -> "cancelled");
        assertFalse(Files.exists(ui.library().dataDir().resolve(GlossarySource.USER_FILE)), "nothing taught");
    }

    @Test
    void whileBrowsing_thereIsNothingToTeachFrom(FxRobot robot) {
        eventually(() -> titles(robot).size() == 28, () -> "the list shows the library");
        settle();
        assertTrue(robot.lookup("#teachLink")
                .tryQuery()
                .map(node -> !node.isVisible())
                .orElse(true));
    }
}
