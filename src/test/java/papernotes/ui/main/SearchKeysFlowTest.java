package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.ui.search.NoteRow;

/// The search field's keys, headless, over a fresh library of the shipped notes: Enter opens the hit chosen with
/// the arrow keys, or the best one when none was chosen.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchKeysFlowTest {

    private MainWindow window;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private List<NoteRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#noteList").queryAs(TableView.class).getItems());
    }

    private String openTitle() {
        return window.viewModel().note().titleProperty().get();
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        settle();
    }

    /// Types the query and waits for its answer (the list shows each keystroke's answer on the way).
    private void search(FxRobot robot, String query) {
        WindowUnderTest.eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(query);
        WindowUnderTest.eventually(
                () -> query.equals(window.viewModel().search().queryProperty().get())
                        && window.viewModel().search().searchingProperty().get()
                        && rows(robot).size() >= 3
                        && rows(robot).size() < 27,
                () -> rows(robot).toString());
        settle();
    }

    @Test
    void enter_afterTheArrowKeysChoseAHit_opensThatHit_notTheBestOne(FxRobot robot) {
        search(robot, "face swap");
        press(robot, KeyCode.DOWN);
        press(robot, KeyCode.DOWN);
        var chosen = rows(robot).get(1).note().title();
        assertEquals(chosen, openTitle(), "the arrow keys open the hit they reach");

        press(robot, KeyCode.ENTER);
        assertEquals(chosen, openTitle(), "Enter keeps the hit chosen");
    }

    @Test
    void enter_withoutTheArrowKeys_opensTheBestHit_evenWhenTheOpenNoteIsAmongTheHits(FxRobot robot) {
        search(robot, "face swap");
        press(robot, KeyCode.DOWN);
        press(robot, KeyCode.DOWN);
        var second = rows(robot).get(1).note().title();
        assertEquals(second, openTitle());

        // a new query: the open note is among its hits (and shown selected), but no hit was chosen for it yet
        press(robot, KeyCode.ESCAPE);
        robot.write("gan");
        WindowUnderTest.eventually(
                () -> "gan".equals(window.viewModel().search().queryProperty().get())
                        && rows(robot).stream()
                                .anyMatch(row -> row.note().title().equals(second)),
                () -> rows(robot).toString());
        settle();
        var best = rows(robot).getFirst().note().title();
        assertNotEquals(second, best, "the open note is not the best hit");
        press(robot, KeyCode.ENTER);
        assertEquals(best, openTitle());
    }
}
