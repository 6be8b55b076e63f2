package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
import papernotes.model.TopicPath;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.search.NoteRow;

/// Small windows: the sidebar and the note's fields fold away (View menu and keys, remembered), the list's cells
/// cut short with their whole text as a tooltip, and the editor can have the window to itself.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SmallWindowFlowTest {

    private WindowUnderTest ui;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void ready(FxRobot robot, double width, double height) {
        ui.resize(robot, width, height);
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        var reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        robot.release(reversed);
        settle();
    }

    private static double width(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Region.class).getWidth();
    }

    /// Whether the node is in the window and it and everything around it are visible.
    private static boolean shown(FxRobot robot, String query) {
        var found = robot.lookup(query).tryQuery();
        if (found.isEmpty() || found.get().getScene() == null) {
            return false;
        }
        for (Node node = found.get(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void open(FxRobot robot, String title) {
        var id = ui.library().notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
        robot.interact(() -> window.viewModel().open(id));
        settle();
    }

    private String savedSettings(FxRobot robot) throws Exception {
        robot.interact(window::close);
        return Files.readString(ui.library().dataDir().resolve("window.properties"));
    }

    private void reopen(String settings) throws Exception {
        var stage = ui.stage();
        ui.close();
        ui = WaitForAsyncUtils.asyncFx(() -> WindowUnderTest.open(stage, settings))
                .get(30, TimeUnit.SECONDS);
        window = ui.window();
    }

    /// View → Sidebar (Ctrl+Shift+B) folds the sidebar away at 900 × 600: the list gets its width; the next start
    /// remembers it, and the same keys bring it back.
    @Test
    void theSidebarFoldsAway_theListTakesItsWidth_andTheNextStartRemembers(FxRobot robot) throws Exception {
        ready(robot, 900, 600);
        var view = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(1);
        assertTrue(
                view.getItems().stream()
                        .anyMatch(item -> item instanceof CheckMenuItem
                                && KeyCombination.keyCombination("Shortcut+Shift+B")
                                        .equals(item.getAccelerator())),
                "View → Sidebar");
        double sidebar = width(robot, "#sidebar");
        double list = width(robot, "#noteListPane");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        assertFalse(shown(robot, "#sidebar"), "the sidebar is folded away");
        assertEquals(list + sidebar, width(robot, "#noteListPane"), 12, "the list has the sidebar's width");

        var saved = savedSettings(robot);
        assertTrue(saved.contains("sidebar.shown=false"), saved);
        reopen(saved);
        ready(robot, 900, 600);
        assertFalse(shown(robot, "#sidebar"), "folded away after a restart");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        assertTrue(shown(robot, "#sidebar"), "back");
        assertTrue(width(robot, "#sidebar") >= 150, "sidebar " + width(robot, "#sidebar"));
    }

    /// View → Note fields (Ctrl+Shift+M) folds the title, topic, tags and paper fields above the editor away: the
    /// editor gets their height; the next start remembers it.
    @Test
    void theNoteFieldsFoldAway_theEditorTakesTheirHeight(FxRobot robot) throws Exception {
        ready(robot, 900, 600);
        open(robot, "GPEN");
        robot.interact(window.viewModel().note()::toggleEdit);
        settle();
        assertTrue(shown(robot, "#noteTitleField"));
        double editor = robot.lookup("#markdownEditor").queryAs(Region.class).getHeight();

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        assertFalse(shown(robot, "#noteTitleField"), "the fields are folded away");
        double taller = robot.lookup("#markdownEditor").queryAs(Region.class).getHeight();
        assertTrue(taller >= editor + 100, editor + " → " + taller);
        assertTrue(savedSettings(robot).contains("noteFields.shown=false"));
    }

    /// F11 gives the editor the whole window (no menu, search, sidebar, list, fields or preview); Esc gives the
    /// window back; Ctrl+Shift+F does the same as F11.
    @Test
    void distractionFree_theEditorAlone_escLeaves(FxRobot robot) {
        ready(robot, 1280, 800);
        open(robot, "GPEN");
        keys(robot, KeyCode.F11);
        assertEquals(
                NoteViewModel.Mode.EDIT,
                window.viewModel().note().modeProperty().get(),
                "editing");
        double windowWidth = ui.stage().getScene().getWidth();
        assertTrue(
                width(robot, "#markdownEditor") >= windowWidth - 40,
                width(robot, "#markdownEditor") + " of " + windowWidth);
        for (var hidden : new String[] {
            "#menuBar",
            "#searchField",
            "#sidebar",
            "#noteList",
            "#noteView",
            "#noteTitleField",
            "#editButton",
            "#connections"
        }) {
            assertFalse(shown(robot, hidden), hidden + " is hidden");
        }

        keys(robot, KeyCode.ESCAPE);
        assertTrue(
                shown(robot, "#sidebar")
                        && shown(robot, "#noteList")
                        && shown(robot, "#noteView")
                        && shown(robot, "#searchField"),
                "the window is back");
        assertTrue(width(robot, "#markdownEditor") < windowWidth / 2, "beside the preview again");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertTrue(width(robot, "#markdownEditor") >= windowWidth - 40, "Ctrl+Shift+F: the editor alone");
    }

    /// At 900 × 600 the list's columns are narrow: text cut short has its whole text as a tooltip (text that fits
    /// has none).
    @Test
    void narrowListColumns_cutTheirTextShort_withTheWholeTextAsATooltip(FxRobot robot) {
        ready(robot, 900, 600);
        ui.library()
                .notes()
                .create(NoteDraft.of(
                        WindowLayoutFlowTest.LONG_TITLE, TopicPath.of("3D Face Reconstruction", "帝国理工组"), "长标题"));
        robot.interact(() -> window.viewModel().reload());
        WindowUnderTest.eventually(
                () -> robot.lookup("#noteList")
                                .queryAs(TableView.class)
                                .getItems()
                                .size()
                        == 28,
                () -> "the new note is listed");
        @SuppressWarnings("unchecked")
        TableView<NoteRow> table = robot.lookup("#noteList").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(table.getItems().stream()
                .filter(row -> row.note().title().equals(WindowLayoutFlowTest.LONG_TITLE))
                .findFirst()
                .orElseThrow()));
        settle();
        var cells = robot.lookup("#noteList .table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.isVisible()
                        && cell.getText() != null
                        && !cell.getText().isEmpty())
                .toList();
        assertTrue(cells.stream().anyMatch(Labeled::isTextTruncated), "some text is cut short");
        for (var cell : cells) {
            assertEquals(
                    cell.isTextTruncated() ? cell.getText() : null,
                    cell.getTooltip() == null ? null : cell.getTooltip().getText(),
                    cell.getText());
        }
        var titles = robot.lookup("#noteList .note-title").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .toList();
        var cut = titles.stream()
                .filter(title -> title.getText().equals(WindowLayoutFlowTest.LONG_TITLE))
                .findFirst()
                .orElseThrow();
        assertTrue(
                cut.isTextTruncated()
                        && cut.getWidth() <= cut.getParent().getLayoutBounds().getWidth() + 1,
                cut.getWidth() + " in " + cut.getParent().getLayoutBounds().getWidth());
        for (var title : titles) {
            assertEquals(
                    title.isTextTruncated() ? title.getText() : null,
                    title.getTooltip() == null ? null : title.getTooltip().getText(),
                    title.getText());
        }
    }
}
