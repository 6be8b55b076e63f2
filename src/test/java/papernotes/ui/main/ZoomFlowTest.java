package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import papernotes.ui.UiSettings;

/// Zoom of the note: Ctrl+= (or Ctrl++) and Ctrl+- step the rendered note and the editor's text between 80 and
/// 200 %, Ctrl+0 puts them back at 100 %; the level is remembered with the window (it starts here at 150 %).
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ZoomFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\nnote.zoom=150\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private static void ctrl(FxRobot robot, KeyCode... keys) {
        var all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all).release(all);
        settle();
    }

    private double viewZoom(FxRobot robot) {
        return robot.lookup("#noteView").queryAs(WebView.class).getZoom();
    }

    private double editorFontSize(FxRobot robot) {
        var area = robot.lookup("#markdownEditor").queryAs(CodeArea.class);
        return area.lookup(".text") instanceof Text text ? text.getFont().getSize() : -1;
    }

    private Optional<Double> remembered() {
        return UiSettings.load(ui.library().dataDir()).number("note.zoom");
    }

    @Test
    void theRememberedLevel_thenCtrlPlusMinusAndZero_zoomTheRenderedNote(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> !ui.window().viewModel().search().rows().isEmpty(), () -> "listed");
        robot.clickOn("GPEN");
        settle();
        assertEquals(1.5, viewZoom(robot), 1e-9, "as remembered");

        robot.clickOn("#noteView");
        ctrl(robot, KeyCode.EQUALS);
        assertEquals(1.75, viewZoom(robot), 1e-9);
        ctrl(robot, KeyCode.SHIFT, KeyCode.EQUALS);
        assertEquals(2.0, viewZoom(robot), 1e-9, "Ctrl++ (Shift and =) zooms in too");
        ctrl(robot, KeyCode.MINUS);
        assertEquals(1.75, viewZoom(robot), 1e-9);
        assertEquals(Optional.of(175.0), remembered());
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(1.0, viewZoom(robot), 1e-9);
        assertEquals(Optional.of(100.0), remembered());
    }

    @Test
    void theEditorsTextFollowsTheZoom(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> !ui.window().viewModel().search().rows().isEmpty(), () -> "listed");
        robot.clickOn("GPEN");
        settle();
        ctrl(robot, KeyCode.E);
        assertEquals(13 * 1.5, editorFontSize(robot), 0.01, "13 px at 150 %");
        robot.clickOn("#markdownEditor");
        ctrl(robot, KeyCode.MINUS);
        assertEquals(13 * 1.25, editorFontSize(robot), 0.01);
        ctrl(robot, KeyCode.DIGIT0);
        assertEquals(13, editorFontSize(robot), 0.01);
    }
}
