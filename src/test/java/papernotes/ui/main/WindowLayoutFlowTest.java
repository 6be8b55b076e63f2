package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.service.Library;

/// The window's layout holds whatever the notes say: the panes keep widths to work in, at any window size.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowLayoutFlowTest {

    /// A paper title as long as real ones get, with its subtitle and a note on the reading.
    static final String LONG_TITLE = "GAN Prior Embedded Network for Blind Face Restoration in the Wild: "
            + "a second reading with the ablations, the degradation model and 所有实验的复现记录 written out in full";

    private WindowUnderTest ui;
    private Library library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        library = ui.library();
        window = ui.window();
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
                        > 0,
                () -> "the list shows the library");
        settle();
    }

    private double width(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Region.class).getWidth();
    }

    private NoteId idOf(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /// A note with a long title links to GPEN: below GPEN the link to it is cut short with the whole title in its
    /// tooltip, and the sidebar and the list keep their widths.
    @Test
    void aLongConnectedTitle_leavesTheSidebarAndTheListTheirWidths(FxRobot robot) {
        ready(robot);
        double sidebar = width(robot, "#sidebar");
        double list = width(robot, "#noteListPane");
        library.notes().create(NoteDraft.of(LONG_TITLE, TopicPath.of("Face Swap"), "Builds on [[GPEN]]."));
        robot.interact(() -> window.viewModel().open(idOf("GPEN")));
        WindowUnderTest.eventually(
                () -> robot.lookup("#backlinks .hyperlink").tryQuery().isPresent(), () -> "GPEN's backlink shows");
        settle();

        assertEquals(sidebar, width(robot, "#sidebar"), 1, "the sidebar keeps its width");
        assertEquals(list, width(robot, "#noteListPane"), 1, "the list keeps its width");
        Hyperlink link = robot.lookup("#backlinks .hyperlink").queryAs(Hyperlink.class);
        var pane = robot.lookup("#notePane").queryAs(Region.class);
        assertTrue(link.getWidth() < pane.getWidth(), link.getWidth() + " in " + pane.getWidth());
        assertEquals(LONG_TITLE, link.getTooltip().getText());
    }

    /// Split positions saved while the panes were squashed come back clamped: each pane gets its minimum width.
    @Test
    void squashedSplitPositionsFromTheSettings_comeBackClamped(FxRobot robot) throws Exception {
        reopen("language=ENGLISH\ntheme=LIGHT\nsplit.sidebar=0.04\nsplit.list=0.12\n");
        ready(robot);
        assertTrue(width(robot, "#sidebar") >= 150, "sidebar " + width(robot, "#sidebar"));
        assertTrue(width(robot, "#noteListPane") >= 250, "list " + width(robot, "#noteListPane"));
        assertTrue(width(robot, "#notePane") >= 300, "note " + width(robot, "#notePane"));
    }

    /// Closes the window and opens it again on a new library with these window settings.
    private void reopen(String settings) throws Exception {
        var stage = ui.stage();
        ui.close();
        ui = WaitForAsyncUtils.asyncFx(() -> WindowUnderTest.open(stage, settings))
                .get(30, TimeUnit.SECONDS);
        library = ui.library();
        window = ui.window();
    }
}
