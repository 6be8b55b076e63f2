package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A first start (no note remembered) shows something useful in the note pane rather than an empty one: how big
/// the library is, the notes changed last (one click opens each) and how to begin.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WelcomeFlowTest {

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

    private VBox recent(FxRobot robot) {
        return robot.lookup("#welcomeRecent").queryAs(VBox.class);
    }

    private String firstRecentTitle(FxRobot robot) {
        var row = (HBox) recent(robot).getChildren().getFirst();
        return ((Hyperlink) row.getChildren().getFirst()).getText();
    }

    @Test
    void aFirstStartShowsTheLibrarysSizeAndTheNotesChangedLast_oneClickOpensOne(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#welcome")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false),
                () -> "the note pane shows the welcome");
        assertEquals("", open());
        assertEquals(
                "27 notes in 6 topics",
                robot.lookup("#welcomeSummary").queryAs(Label.class).getText());
        assertEquals(WelcomeViewModel.RECENT, recent(robot).getChildren().size());
        var latest = ui.library().notes().recent(1).getFirst().title();
        assertEquals(latest, firstRecentTitle(robot));
        assertFalse(
                robot.lookup("#connections")
                        .tryQuery()
                        .map(n -> n.isVisible() && n.getParent().isVisible())
                        .orElse(false),
                "no links or related notes without a note");

        robot.clickOn(robot.lookup("#welcomeRecent").lookup(".hyperlink").queryAs(Hyperlink.class));
        WindowUnderTest.eventually(() -> open().equals(latest), this::open);
        assertFalse(robot.lookup("#welcome").query().isVisible(), "the note takes the pane");
    }

    /// In a narrow window the topic beside each title gives way first: a title keeps the width its text needs (up
    /// to 220 px), so a short one is never cut to nothing. The minimum used to be measured before the theme's CSS
    /// gave the link its font and padding, and titles came out cut, "基础" as an empty link.
    @Test
    void inANarrowWindowTheTopicsGiveWayAndEveryTitleKeepsItsWidth(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#welcome")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false),
                () -> "the note pane shows the welcome");
        ui.resize(robot, 760, 560);
        var cut = new ArrayList<String>();
        for (var row : recent(robot).getChildren()) {
            var title = (Hyperlink) ((HBox) row).getChildren().getFirst();
            double needed = Math.min(title.prefWidth(-1), 220);
            if (title.getWidth() + 0.5 < needed) {
                cut.add(title.getText() + " " + Math.round(title.getWidth()) + " < " + Math.round(needed));
            }
        }
        assertEquals(List.of(), cut, "titles squeezed below the width their text needs");
    }

    @Test
    void aNoteSentToTheTrashGivesThePaneBackToTheWelcome_withoutThatNote(FxRobot robot) {
        WindowUnderTest.eventually(() -> robot.lookup("#welcome").tryQuery().isPresent(), () -> "the welcome");
        var latest = firstRecentTitle(robot);
        robot.clickOn(robot.lookup("#welcomeRecent").lookup(".hyperlink").queryAs(Hyperlink.class));
        WindowUnderTest.eventually(() -> open().equals(latest), this::open);

        robot.interact(() -> ui.window().viewModel().trashOpenNote());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#welcome").query().isVisible());
        assertEquals(
                "26 notes in 6 topics",
                robot.lookup("#welcomeSummary").queryAs(Label.class).getText());
        assertFalse(latest.equals(firstRecentTitle(robot)), "the trashed note is not listed");
    }

    @Test
    void theWelcomesLinksStartANewNote(FxRobot robot) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#welcomeNewNote").tryQuery().isPresent(), () -> "the link");
        robot.clickOn("#welcomeNewNote");
        WindowUnderTest.eventually(
                () -> robot.lookup("#newNoteTitle").tryQuery().isPresent(), () -> "the new-note dialog is open");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
