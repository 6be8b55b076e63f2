package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.ui.search.NoteRow;

/// The note list's context menu, headless, by mouse and keyboard over a fresh library of the shipped notes: a
/// right-click on a row offers Open, Move to topic, Add tag… and Move to trash.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NoteListMenuFlowTest {

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
        WindowUnderTest.eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        settle();
    }

    @SuppressWarnings("unchecked")
    private static List<NoteRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#noteList").queryAs(TableView.class).getItems());
    }

    /// The row of the note list showing `title`.
    private static Node row(FxRobot robot, String title) {
        return robot.lookup("#noteList .note-title")
                .match((Labeled label) -> title.equals(label.getText()))
                .queryAs(Node.class);
    }

    /// The item of the open context menu (or its submenu) that says `text`.
    private static Node menuItem(FxRobot robot, String text) {
        WindowUnderTest.eventually(
                () -> robot.lookup(".context-menu .label")
                        .match((Labeled label) -> text.equals(label.getText()))
                        .tryQuery()
                        .isPresent(),
                () -> text + " offered");
        return robot.lookup(".context-menu .label")
                .match((Labeled label) -> text.equals(label.getText()))
                .queryAs(Node.class);
    }

    private NoteId idOf(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusMessage").queryLabeled().getText();
    }

    @Test
    void rightClickThenOpen_opensTheNote(FxRobot robot) {
        ready(robot);
        robot.clickOn(row(robot, "GPEN"));
        settle();
        robot.rightClickOn(row(robot, "FSGAN"));
        settle();
        assertEquals("GPEN", window.viewModel().note().titleProperty().get(), "a right-click only chooses the row");
        robot.clickOn(menuItem(robot, "Open"));
        WindowUnderTest.eventually(
                () -> window.viewModel().note().titleProperty().get().equals("FSGAN"), () -> "FSGAN open");
    }

    @Test
    void rightClickThenMoveToATopic_movesTheNote(FxRobot robot) {
        var gpen = idOf("GPEN");
        ready(robot);
        robot.rightClickOn(row(robot, "GPEN"));
        robot.clickOn(menuItem(robot, "Move to topic"));
        robot.clickOn(menuItem(robot, "Face Swap"));
        WindowUnderTest.eventually(
                () -> library.notes().get(gpen).note().topic().equals(TopicPath.of("Face Swap")), () -> "GPEN moved");
        WindowUnderTest.eventually(
                () -> rows(robot).stream()
                        .anyMatch(r ->
                                r.note().id().equals(gpen) && r.note().topic().equals(TopicPath.of("Face Swap"))),
                () -> "the list shows it moved");
        assertEquals("Moved \"GPEN\" to Face Swap.", status(robot));
    }

    @Test
    void rightClickThenAddTag_asksForTheTag_andTagsTheNote(FxRobot robot) {
        var gpen = idOf("GPEN");
        ready(robot);
        robot.rightClickOn(row(robot, "GPEN"));
        robot.clickOn(menuItem(robot, "Add tag…"));
        WindowUnderTest.eventually(
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent(), () -> "the tag is asked for");
        // the dialog's window has the keyboard once clicked (the headless screen gives it only by a click)
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(Node.class))
                .write("blind-restoration");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WindowUnderTest.eventually(
                () -> library.notes().get(gpen).note().tags().contains("blind-restoration"), () -> "GPEN tagged");
        assertEquals("Added #blind-restoration to \"GPEN\".", status(robot));
    }

    @Test
    void rightClickThenMoveToTrash_trashesTheNote(FxRobot robot) {
        var gpen = idOf("GPEN");
        ready(robot);
        robot.rightClickOn(row(robot, "GPEN"));
        robot.clickOn(menuItem(robot, "Move to trash"));
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 26, () -> rows(robot).toString());
        assertTrue(library.notes().get(gpen).isTrashed());
        assertEquals("Moved \"GPEN\" to the trash.", status(robot));
    }

    @SuppressWarnings("unchecked")
    private static List<String> selected(FxRobot robot) {
        return ((TableView<NoteRow>) robot.lookup("#noteList").queryAs(TableView.class))
                .getSelectionModel().getSelectedItems().stream()
                        .map(r -> r.note().title())
                        .toList();
    }

    /// Shift- or Ctrl-clicks a row. The headless robot's mouse events carry the mouse buttons alone, never the keys
    /// held down, so the press, release and click it would make are given to the row with them.
    private static void clickWith(FxRobot robot, String title, boolean shift, boolean control) {
        var node = row(robot, title);
        robot.interact(() -> {
            var bounds = node.getBoundsInLocal();
            var scene = node.localToScene(bounds.getCenterX(), bounds.getCenterY());
            var screen = node.localToScreen(bounds.getCenterX(), bounds.getCenterY());
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(
                        node,
                        new MouseEvent(
                                type,
                                scene.getX(),
                                scene.getY(),
                                screen.getX(),
                                screen.getY(),
                                MouseButton.PRIMARY,
                                1,
                                shift,
                                control,
                                false,
                                false,
                                type == MouseEvent.MOUSE_PRESSED,
                                false,
                                false,
                                false,
                                false,
                                true,
                                null));
            }
        });
        settle();
    }

    @Test
    void shiftClick_choosesTheNotesBetween_andTheMenuMovesThemAll(FxRobot robot) {
        ready(robot);
        robot.clickOn(row(robot, "DFDNet"));
        settle();
        clickWith(robot, "GPEN", true, false);
        settle();
        assertEquals(List.of("DFDNet", "ESRGAN & Real-ESRGAN", "GFPGAN", "GPEN"), selected(robot));
        WindowUnderTest.eventually(
                () -> window.viewModel().note().titleProperty().get().equals("GPEN"),
                () -> "the note open follows the row clicked last");

        robot.rightClickOn(row(robot, "GFPGAN"));
        robot.clickOn(menuItem(robot, "Move to topic"));
        robot.clickOn(menuItem(robot, "Face Swap"));
        WindowUnderTest.eventually(
                () -> library.notes()
                                .list(new NoteFilter(Optional.of(TopicPath.of("Face Swap")), Optional.empty()))
                                .size()
                        == 10,
                () -> "all four moved");
        assertEquals("Moved 4 notes to Face Swap.", status(robot));
    }

    @Test
    void ctrlClick_addsNotes_andDeleteTrashesThemAfterOneQuestion(FxRobot robot) {
        ready(robot);
        robot.clickOn(row(robot, "FSGAN"));
        clickWith(robot, "HifiFace", false, true);
        clickWith(robot, "InfoSwap", false, true);
        settle();
        assertEquals(List.of("FSGAN", "HifiFace", "InfoSwap"), selected(robot));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WindowUnderTest.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), () -> "asked first");
        var question =
                robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertEquals("Move 3 notes to the trash?", question);
        robot.clickOn("OK");
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 24, () -> rows(robot).toString());
        assertTrue(List.of("FSGAN", "HifiFace", "InfoSwap").stream()
                .allMatch(t -> library.notes().trashed().stream()
                        .anyMatch(n -> n.note().title().equals(t))));
        assertEquals("Moved 3 notes to the trash.", status(robot));
    }

    @Test
    void shiftArrows_extendTheChoice_andAddTagTagsThemAll(FxRobot robot) {
        ready(robot);
        robot.clickOn(row(robot, "DFDNet"));
        robot.press(KeyCode.SHIFT, KeyCode.DOWN)
                .release(KeyCode.DOWN)
                .press(KeyCode.DOWN)
                .release(KeyCode.DOWN, KeyCode.SHIFT);
        settle();
        assertEquals(List.of("DFDNet", "ESRGAN & Real-ESRGAN", "GFPGAN"), selected(robot));
        robot.rightClickOn(row(robot, "DFDNet"));
        robot.clickOn(menuItem(robot, "Add tag…"));
        WindowUnderTest.eventually(
                () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent(), () -> "the tag is asked for");
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(Node.class))
                .write("sr");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WindowUnderTest.eventually(() -> status(robot).equals("Added #sr to 3 notes."), () -> status(robot));
        assertEquals(
                3,
                library.notes()
                        .list(new NoteFilter(Optional.empty(), Optional.of("sr")))
                        .size());
    }
}
