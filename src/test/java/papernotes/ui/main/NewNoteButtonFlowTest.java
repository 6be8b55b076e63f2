package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The New note button beside the search field: in sight however narrow the window, it opens the same form as
/// File → New note and Ctrl+N.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NewNoteButtonFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private static void ready(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#noteList")
                                .queryAs(TableView.class)
                                .getItems()
                                .size()
                        == 27,
                () -> "the list shows the library");
        settle();
    }

    @Test
    void theNewNoteButton_opensTheNewNoteForm(FxRobot robot) {
        ready(robot);
        var button = robot.lookup("#newNoteButton").queryAs(Button.class);
        assertEquals("New note", button.getText());
        assertTrue(button.getGraphic() != null, "an icon beside the text");
        robot.clickOn(button);
        WindowUnderTest.eventually(
                () -> robot.lookup("#newNotePaper").tryQuery().isPresent(), () -> "the new-note form is open");
        robot.clickOn("#newNoteTitle").write("SwinIR");
        robot.clickOn("OK");
        WindowUnderTest.eventually(
                () -> ui.window().viewModel().note().titleProperty().get().equals("SwinIR"),
                () -> "created and opened");
    }

    @Test
    void theNewNoteButton_staysWholeInAWindow640PixelsWide(FxRobot robot) {
        robot.interact(() -> ui.stage().setWidth(640));
        ready(robot);
        var button = robot.lookup("#newNoteButton").queryAs(Button.class);
        var bounds = button.localToScene(button.getBoundsInLocal());
        double width = ui.stage().getScene().getWidth();
        assertTrue(
                button.isVisible() && bounds.getMinX() >= 0 && bounds.getMaxX() <= width,
                bounds + " in a scene " + width + " wide");
        assertFalse(button.isTextTruncated(), "the text whole: " + button.getWidth());
        robot.clickOn(button);
        WindowUnderTest.eventually(
                () -> robot.lookup("#newNotePaper").tryQuery().isPresent(), () -> "the new-note form is open");
    }
}
