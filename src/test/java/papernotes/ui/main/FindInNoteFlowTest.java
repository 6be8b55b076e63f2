package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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

/// Find in the open note: Ctrl+F in the rendered note or the editor opens the find bar; typing highlights the
/// matches (any case, Chinese too) and says which one is shown; Enter and Shift+Enter go round them; Esc closes the
/// bar and takes the highlights away. Ctrl+F anywhere else still goes to the search field.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FindInNoteFlowTest {

    static final String BODY = "Face swap 换脸 paragraph.\n\nFACE again, and 换脸 again.\n\nface at the end.\n";

    private MainWindow window;
    private Stage stage;
    private WindowUnderTest ui;
    private NoteId note;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        window = ui.window();
        note = ui.library()
                .notes()
                .create(NoteDraft.of("Find test", TopicPath.of("Super Resolution"), BODY))
                .id();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void openTheNote(FxRobot robot) {
        robot.interact(() -> window.viewModel().open(note));
        WindowUnderTest.eventually(
                () -> window.viewModel().note().pageProperty().get().contains("face at the end"),
                () -> "the note is shown");
        settle();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        settle();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        settle();
    }

    private String focusOwner(FxRobot robot) {
        var owner = new AtomicReference<String>();
        robot.interact(() -> owner.set(Optional.ofNullable(stage.getScene().getFocusOwner())
                .map(node -> node.getId() == null ? node.getClass().getSimpleName() : node.getId())
                .orElse("nothing")));
        return owner.get();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#findStatus").queryLabeled().getText();
    }

    private boolean barShown(FxRobot robot) {
        return robot.lookup("#findBar").tryQuery().map(Node::isVisible).orElse(false);
    }

    private Object page(FxRobot robot, String script) {
        var view = robot.lookup("#noteView").queryAs(WebView.class);
        var answer = new AtomicReference<Object>();
        robot.interact(() -> answer.set(view.getEngine().executeScript(script)));
        return answer.get();
    }

    @Test
    void inTheRenderedNote_findHighlightsEveryMatch_andGoesRoundThem(FxRobot robot) {
        openTheNote(robot);
        robot.clickOn("#noteView");
        ctrl(robot, KeyCode.F);
        assertEquals("findField", focusOwner(robot));

        robot.write("face");
        WindowUnderTest.eventually(() -> "1 of 3".equals(status(robot)), () -> status(robot));
        assertEquals(3, ((Number) page(robot, "document.querySelectorAll('mark.pn-find').length")).intValue());
        assertEquals("Face", page(robot, "document.querySelector('mark.pn-find-current').textContent"));
        press(robot, KeyCode.ENTER);
        assertEquals("2 of 3", status(robot));
        assertEquals("FACE", page(robot, "document.querySelector('mark.pn-find-current').textContent"));
        press(robot, KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals("1 of 3", status(robot));
        robot.clickOn("#findPrevious");
        settle();
        assertEquals("3 of 3", status(robot));

        ctrl(robot, KeyCode.A);
        robot.write("换脸");
        WindowUnderTest.eventually(() -> "1 of 2".equals(status(robot)), () -> status(robot));
        robot.write("GAN");
        WindowUnderTest.eventually(() -> "No matches".equals(status(robot)), () -> status(robot));

        press(robot, KeyCode.ESCAPE);
        assertFalse(barShown(robot), "Esc closes the find bar");
        assertEquals(0, ((Number) page(robot, "document.querySelectorAll('mark').length")).intValue());
        assertEquals("noteView", focusOwner(robot));
    }

    @Test
    void inTheEditor_findSelectsTheMatches_inTurn(FxRobot robot) {
        openTheNote(robot);
        ctrl(robot, KeyCode.E);
        robot.clickOn("#markdownEditor");
        ctrl(robot, KeyCode.F);
        assertEquals("findField", focusOwner(robot));
        robot.write("face");
        var area = robot.lookup("#markdownEditor").queryAs(CodeArea.class);
        WindowUnderTest.eventually(() -> "1 of 3".equals(status(robot)), () -> status(robot));
        assertEquals("Face", area.getSelectedText());
        press(robot, KeyCode.ENTER);
        assertEquals("FACE", area.getSelectedText());
        robot.clickOn("#findNext");
        settle();
        assertEquals("3 of 3", status(robot));
        assertEquals(BODY.lastIndexOf("face"), area.getSelection().getStart());

        press(robot, KeyCode.ESCAPE);
        assertFalse(barShown(robot), "Esc closes the find bar");
        assertEquals("markdownEditor", focusOwner(robot));
        assertEquals(BODY, area.getText(), "finding changed nothing");
    }

    @Test
    void ctrlFInTheList_stillGoesToTheSearchField(FxRobot robot) {
        openTheNote(robot);
        robot.clickOn("GPEN");
        settle();
        ctrl(robot, KeyCode.F);
        assertEquals("searchField", focusOwner(robot));
        assertFalse(barShown(robot), "no find bar");
    }
}
