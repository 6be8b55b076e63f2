package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;

/// The outline of the open note (the toolbar's outline button): its headings, indented by level; choosing one
/// brings that heading to the top of the rendered note, or, in the editor, puts the caret on its line. A heading
/// that appears twice leads to the one chosen.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutlineFlowTest {

    /// Three sections, the first and last both called "Results", each long enough to scroll.
    static final String BODY = section("Results", "第一部分") + section("Method", "方法") + section("Results", "第二部分");
    /// The line of the second "Results" heading: each section is a heading, a blank line and 30 two-line paragraphs.
    static final int SECOND_RESULTS_LINE = 2 * 62;

    private MainWindow window;
    private WindowUnderTest ui;
    private NoteId note;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        window = ui.window();
        note = ui.library()
                .notes()
                .create(NoteDraft.of("Outline test", TopicPath.of("Face Swap"), BODY))
                .id();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    static String section(String heading, String words) {
        return "## " + heading + "\n\n" + (words + " paragraph text\n\n").repeat(30);
    }

    private void openTheNote(FxRobot robot) {
        robot.interact(() -> window.viewModel().open(note));
        WindowUnderTest.eventually(
                () -> window.viewModel().note().pageProperty().get().contains("第二部分"), () -> "the note is shown");
        settle();
    }

    private List<Node> entries(FxRobot robot) {
        return List.copyOf(robot.lookup(".outline-entry").queryAll());
    }

    private double topOfHeading(FxRobot robot, int index) {
        var view = robot.lookup("#noteView").queryAs(WebView.class);
        var top = new double[1];
        robot.interact(() -> top[0] = ((Number) view.getEngine()
                        .executeScript("document.querySelectorAll('.note-body h2')[" + index
                                + "].getBoundingClientRect().top"))
                .doubleValue());
        return top[0];
    }

    @Test
    void theOutlineListsTheHeadings_andTheSecondOfTwoSameHeadingsScrollsTheViewToIt(FxRobot robot) {
        openTheNote(robot);
        robot.clickOn("#outlineButton");
        WindowUnderTest.eventually(
                () -> entries(robot).size() == 3,
                () -> "three headings: " + entries(robot).size());

        robot.clickOn(entries(robot).get(2));
        WindowUnderTest.eventually(
                () -> Math.abs(topOfHeading(robot, 2)) < 5,
                () -> "the second Results is at the top of the view: " + topOfHeading(robot, 2));
        assertTrue(topOfHeading(robot, 0) < -1000, "not the first Results");
    }

    @Test
    void inTheEditor_anEntryPutsTheCaretOnItsLine_inView(FxRobot robot) {
        openTheNote(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#outlineButton");
        WindowUnderTest.eventually(() -> entries(robot).size() == 3, () -> "three headings");
        robot.clickOn(entries(robot).get(2));
        settle();

        var area = robot.lookup("#markdownEditor").queryAs(CodeArea.class);
        assertEquals(SECOND_RESULTS_LINE, area.getCurrentParagraph());
        assertEquals(0, area.getCaretColumn());
        WindowUnderTest.eventually(
                () -> area.firstVisibleParToAllParIndex() <= SECOND_RESULTS_LINE
                        && SECOND_RESULTS_LINE <= area.lastVisibleParToAllParIndex(),
                () -> "the heading's line is in view: " + area.firstVisibleParToAllParIndex());
        assertTrue(area.isFocused(), "the editor has the focus, to go on typing there");
    }
}
