package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.nio.file.Files;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.TestFolders;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.service.Library;
import papernotes.storage.LibraryFiles;

/// Not one typed character is lost (issue #8, part 4): typing, then switching to another note, closing the window
/// or quitting, all inside the autosave delay ([NoteViewModel#AUTOSAVE]); and when the library folder is deleted
/// while the window is open, the save is refused with a sentence saying so, the text stays in the editor, and it
/// is saved once the folder is back.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorNoLossTest {

    /// Typed at the end of a note: Chinese, English, punctuation, a line break.
    static final String TYPED = "\n最后几个字：换脸 super-resolution, 3DMM!";

    private Library library;
    private Stage stage;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        library = ui.library();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private NoteId idOf(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /// Opens the note, switches to the editor, puts the caret at the end and types [#TYPED]; returns the body as
    /// stored before.
    private String typeAtTheEndOf(FxRobot robot, String title) {
        WindowUnderTest.eventually(
                () -> library.notes().list(NoteFilter.ALL).size() == 27
                        && robot.lookup(title).tryQuery().isPresent(),
                () -> "the list shows " + title);
        var before = library.notes().get(idOf(title)).note().body();
        robot.clickOn(title);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#markdownEditor");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(TYPED);
        return before;
    }

    @Test
    void typingThenSwitchingToAnotherNote_insideTheDelay_losesNothing(FxRobot robot) {
        var before = typeAtTheEndOf(robot, "GPEN");
        robot.clickOn("HifiFace");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + TYPED, library.notes().get(idOf("GPEN")).note().body());
    }

    @Test
    void typingThenClosingTheWindow_insideTheDelay_losesNothing(FxRobot robot) {
        var before = typeAtTheEndOf(robot, "GPEN");
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertEquals(before + TYPED, library.notes().get(idOf("GPEN")).note().body());
    }

    @Test
    void theLibraryFolderDeletedWhileTyping_refusesTheSave_keepsTheText_andSavesOnceItIsBack(FxRobot robot)
            throws Exception {
        var before = typeAtTheEndOf(robot, "GPEN");
        var folder = library.dataDir();
        var aside = Files.createTempDirectory("papernotes-aside").resolve("library");
        Files.move(folder, aside);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var status = robot.lookup("#saveStatus").queryLabeled().getText();
        assertTrue(status.contains("is no longer there"), status);
        assertEquals(
                before + TYPED, ui.window().viewModel().note().bodyProperty().get(), "the text stays in the editor");
        // and can be kept elsewhere (File → Save a copy as Markdown…, whose file chooser a headless test cannot use)
        var copy = Files.createTempDirectory("papernotes-copy").resolve("GPEN.md");
        robot.interact(() -> assertTrue(ui.window().viewModel().note().saveCopy(copy)));
        assertTrue(Files.readString(copy).endsWith(before + TYPED), "the copy holds the text as typed");
        // the folder comes back, and the next save keeps it all
        Files.move(aside, folder);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + TYPED, library.notes().get(idOf("GPEN")).note().body());
        var contents = LibraryFiles.check(folder.resolve("library.db"), "the library");
        assertEquals(27, contents.notes(), "sound, and every note there");
        TestFolders.delete(aside.getParent());
        TestFolders.delete(copy.getParent());
    }
}
