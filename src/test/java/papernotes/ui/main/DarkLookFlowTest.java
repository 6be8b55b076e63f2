package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The dark theme's menus draw nothing outside their border: a shadow there is painted white where the window
/// system cannot make it see-through (a white halo).
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DarkLookFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void ready(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#noteList")
                                .queryAs(TableView.class)
                                .getItems()
                                .size()
                        == 27,
                () -> "the list shows the library");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMenuHasNoShadowAroundIt(FxRobot robot) {
        ready(robot);
        robot.clickOn("文件");
        WindowUnderTest.eventually(
                () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent(), () -> "the File menu");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var menus = robot.lookup(".context-menu").queryAll();
        assertTrue(!menus.isEmpty());
        for (Node menu : menus) {
            assertEquals(null, menu.getEffect(), "the menu's effect");
        }
    }
}
