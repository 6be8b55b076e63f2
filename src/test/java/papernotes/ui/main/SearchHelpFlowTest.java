package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.TopicPath;

/// The search bar's help (the `?` button and its pop-over) stays inside small windows, in both languages.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchHelpFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void ready(FxRobot robot, double width, double height) {
        ui.resize(robot, width, height);
    }

    private Bounds inScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private String inside(Bounds bounds) {
        var scene = ui.stage().getScene();
        double left = ui.stage().getX() + scene.getX();
        double top = ui.stage().getY() + scene.getY();
        boolean within = bounds.getMinX() >= left - 1
                && bounds.getMinY() >= top - 1
                && bounds.getMaxX() <= left + scene.getWidth() + 1
                && bounds.getMaxY() <= top + scene.getHeight() + 1;
        return within
                ? ""
                : bounds + " is not inside the window's " + scene.getWidth() + " × " + scene.getHeight() + " at " + left
                        + ", " + top;
    }

    @Test
    void atSixHundredFortyPixels_withTwoFilters_theHelpButtonStaysInTheWindow(FxRobot robot) {
        ready(robot, 640, 480);
        robot.interact(() -> {
            ui.window()
                    .viewModel()
                    .search()
                    .topicFilterProperty()
                    .set(Optional.of(TopicPath.of("3D Face Reconstruction", "帝国理工组")));
            ui.window().viewModel().search().tagFilterProperty().set(Optional.of("stylegan2"));
        });
        settle();
        var problem = inside(inScreen(robot.lookup("#searchHelp").query()));
        assertTrue(problem.isEmpty(), problem);
        // the sidebar steps aside so that the list and the note keep their widths inside the window
        assertEquals(2, ui.window().view().split().getItems().size(), "the list and the note, no sidebar");
        problem = inside(inScreen(ui.window().view().notePane().root()));
        assertTrue(problem.isEmpty(), "the note pane: " + problem);

        robot.interact(() -> ui.stage().setWidth(1000));
        settle();
        assertTrue(ui.window().view().split().getItems().size() == 3, "the sidebar is back in a wider window");
    }

    @Test
    void atEightHundredByFiveHundred_theHelpPopoverFitsInTheWindow(FxRobot robot) {
        ready(robot, 800, 500);
        robot.clickOn("#searchHelp");
        settle();
        var popup = Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow
                        && w.isShowing()
                        && w.getScene().getRoot().lookup("#searchHelpContent") != null)
                .findFirst();
        assertTrue(popup.isPresent(), "the help is shown");
        var content = popup.get().getScene().getRoot().lookup("#searchHelpContent");
        var problem = inside(inScreen(content));
        assertTrue(problem.isEmpty(), problem);
        var table = (ScrollPane) content.lookup(".scroll-pane");
        var grid = (Region) table.getContent();
        assertTrue(
                table.getViewportBounds().getHeight() >= grid.getHeight() - 1,
                "the examples are all shown while the window has room: "
                        + table.getViewportBounds().getHeight() + " of " + grid.getHeight());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
