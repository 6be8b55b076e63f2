package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// A narrow sidebar (a 900 × 600 window, in Chinese) cuts its topic names short in the middle, keeping the note
/// count at their end, with the whole name as a tooltip; it never scrolls sideways.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NarrowSidebarFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void topicNamesAreCutShortWithTheirCount_andTheTreeNeverScrollsSideways(FxRobot robot) {
        ui.resize(robot, 900, 600);

        var sideways = robot.lookup("#sidebar .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())
                .toList();
        assertTrue(sideways.isEmpty(), sideways.size() + " sideways scroll bars in the sidebar");
        var cut = robot.lookup("#sidebar .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith("3D Face Reconstruction"))
                .findFirst()
                .orElseThrow();
        assertTrue(cut.isTextTruncated(), cut.getText() + " in " + cut.getWidth());
        assertEquals(cut.getText(), cut.getTooltip().getText());
        assertFalse(
                robot.lookup("#sidebar .tree-cell").queryAllAs(TreeCell.class).stream()
                        .anyMatch(cell -> cell.getText() != null
                                && cell.getText().startsWith("帝国理工组")
                                && cell.getTooltip() != null),
                "a name that fits has no tooltip");
    }
}
