package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The note list's columns in small and large windows: titles stay readable in a narrow list (the columns that
/// tell least step aside), and a wide list shows every column.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ListColumnsFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private TableView<?> ready(FxRobot robot, double width, double height) {
        return ui.resize(robot, width, height);
    }

    private static List<String> shown(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void atNineHundredPixels_theTitlesKeepRoomToBeRead(FxRobot robot) {
        var table = ready(robot, 900, 600);
        double title = table.getColumns().getFirst().getWidth();
        assertTrue(
                title >= 200, "the Title column is " + title + " px wide of " + table.getWidth() + ": " + shown(table));
    }

    /// (The headless screen is 1000 px wide: a list as wide as in a 1600 px window is made with the dividers.)
    @Test
    void aListAsWideAsInASixteenHundredPixelWindow_showsEveryColumn(FxRobot robot) {
        var table = ready(robot, 1000, 900);
        ui.wideList(robot);
        assertEquals(List.of("标题", "状态", "主题", "标签", "创建时间", "更新时间"), shown(table), table.getWidth() + " px");
        assertTrue(table.getColumns().getFirst().getWidth() >= 200);
    }
}
