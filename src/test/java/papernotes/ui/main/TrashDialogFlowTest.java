package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteFilter;
import papernotes.model.TrashedNote;
import papernotes.service.Library;
import papernotes.ui.trash.TrashDialog;

/// The trash dialog, headless, over a fresh library of the shipped notes with two of them in the trash: a table
/// with column headers, a preview of the chosen note, Esc closes it, and emptying it is plainly destructive.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrashDialogFlowTest {

    private WindowUnderTest ui;
    private Library library;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        library = ui.library();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    /// Trashes GPEN and then GFPGAN, and opens the trash.
    private TrashDialog openTrash(FxRobot robot) {
        for (String title : List.of("GPEN", "GFPGAN")) {
            library.notes()
                    .trash(library.notes().list(NoteFilter.ALL).stream()
                            .filter(n -> n.title().equals(title))
                            .findFirst()
                            .orElseThrow()
                            .id());
        }
        var dialog = new AtomicReference<TrashDialog>();
        robot.interact(() -> dialog.set(ui.window().showTrash()));
        settle();
        return dialog.get();
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrashedNote> table(FxRobot robot) {
        return robot.lookup("#trashList").queryAs(TableView.class);
    }

    @Test
    void escClosesTheTrash(FxRobot robot) {
        var dialog = openTrash(robot);
        assertTrue(dialog.dialog().isShowing());
        // the dialog's window has the keyboard (the headless screen gives it only by a click)
        robot.clickOn("#trashList");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertFalse(dialog.dialog().isShowing(), "Esc closes the trash");
    }

    @Test
    void theTrashHasColumnHeaders_andPreviewsTheChosenNote(FxRobot robot) {
        openTrash(robot);
        var headers = robot.lookup("#trashList .column-header .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
        assertTrue(headers.containsAll(List.of("Title", "Topic", "Trashed")), headers.toString());

        var table = table(robot);
        assertEquals(
                "GFPGAN", table.getSelectionModel().getSelectedItem().note().title(), "the newest is chosen");
        var preview = robot.lookup("#trashPreview").queryAs(TextInputControl.class);
        assertTrue(preview.getText().contains("腾讯"), preview.getText());
        assertFalse(preview.isEditable());

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        settle();
        assertTrue(preview.getText().contains("阿里"), "the preview follows the choice: " + preview.getText());
    }

    @Test
    void emptyingTheTrash_asksWithAButtonThatSaysWhatItDeletes(FxRobot robot) {
        openTrash(robot);
        var empty = robot.lookup("#emptyTrashButton").queryButton();
        assertEquals("Empty trash…", empty.getText());
        assertTrue(empty.getStyleClass().contains(Styles.DANGER));
        robot.clickOn(empty);
        settle();

        var buttons = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button ->
                        button.getScene().getWindow() != empty.getScene().getWindow())
                .toList();
        assertTrue(buttons.stream().noneMatch(button -> button.getText().equals("OK")), "no plain OK");
        var delete = buttons.stream()
                .filter(button -> button.getText().equals("Delete 2 notes for good"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        buttons.stream().map(Button::getText).toList().toString()));
        assertTrue(delete.getStyleClass().contains(Styles.DANGER), "a destructive button");
        robot.clickOn(delete);
        settle();
        assertEquals(0, library.notes().trashed().size());
        assertEquals(
                "2 notes deleted for good.",
                robot.lookup("#trashMessage").queryLabeled().getText());
    }
}
