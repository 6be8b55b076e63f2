package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Back and forward between the notes opened: Alt+← and Alt+→, as in a browser.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NavigationFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private String open() {
        return ui.window()
                .viewModel()
                .note()
                .noteProperty()
                .get()
                .map(note -> note.title())
                .orElse("");
    }

    @Test
    void altLeftGoesBackToTheNoteOpenedBefore_altRightForwardAgain(FxRobot robot) {
        WindowUnderTest.eventually(() -> robot.lookup("GPEN").tryQuery().isPresent(), () -> "the list shows GPEN");
        robot.clickOn("GPEN");
        WindowUnderTest.eventually(() -> open().equals("GPEN"), this::open);
        robot.clickOn("FSGAN");
        WindowUnderTest.eventually(() -> open().equals("FSGAN"), this::open);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GPEN", open());
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("FSGAN", open());
    }
}
