package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.service.Library;
import papernotes.ui.search.NoteRow;

/// The reading status in the window, headless, over a fresh library of the shipped notes: chosen in the open note's
/// toolbar and saved with the note, set from the list's context menu, shown in the list's Status column, which
/// sorts by it, and filtering the list with the choice above it.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReadingStatusFlowTest {

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

    @SuppressWarnings("unchecked")
    private static TableView<NoteRow> table(FxRobot robot) {
        return robot.lookup("#noteList").queryAs(TableView.class);
    }

    private static List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(row -> row.note().title()).toList();
    }

    private static Node row(FxRobot robot, String title) {
        return robot.lookup("#noteList .note-title")
                .match((Labeled label) -> title.equals(label.getText()))
                .queryAs(Node.class);
    }

    /// The item of an open menu (a context menu, its submenu or a choice's pop-up) that says `text`.
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

    /// Opens the choice or menu button with the id `id` and clicks the item that says `text`, as a person does.
    private static void choose(FxRobot robot, String id, String text) {
        robot.clickOn(robot.lookup(id).queryAs(Node.class));
        robot.clickOn(menuItem(robot, text));
        settle();
    }

    private Reading readingOf(String title) {
        return library.notes().get(idOf(title)).note().reading();
    }

    private NoteId idOf(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aStatusChosenForTheOpenNote_isSaved_andTheListFiltersAndSortsByIt(FxRobot robot) {
        WindowUnderTest.eventually(() -> titles(robot).size() == 27, () -> "the list shows the library");
        // wide enough for the Status column, whatever size the tests before left the window at
        ui.wideList(robot);
        robot.clickOn(row(robot, "GPEN"));
        WindowUnderTest.eventually(
                () -> window.viewModel().note().titleProperty().get().equals("GPEN"), () -> "GPEN open");

        // in the open note's toolbar, while reading it
        choose(robot, "#noteReading", "To read");
        WindowUnderTest.eventually(
                () -> readingOf("GPEN").equals(Reading.of(ReadingStatus.TO_READ)), () -> "GPEN saved to be read");
        WindowUnderTest.eventually(
                () -> robot.lookup("#noteList .reading-badge")
                        .match((Labeled label) -> "To read".equals(label.getText()))
                        .tryQuery()
                        .isPresent(),
                () -> "its row says so: " + table(robot).getWidth() + " px, "
                        + table(robot).getVisibleLeafColumns().stream()
                                .map(TableColumn::getText)
                                .toList());

        // from the list's context menu, for another note
        robot.rightClickOn(row(robot, "FSGAN"));
        robot.clickOn(menuItem(robot, "Mark as"));
        robot.clickOn(menuItem(robot, "To read"));
        WindowUnderTest.eventually(
                () -> readingOf("FSGAN").equals(Reading.of(ReadingStatus.TO_READ)), () -> "FSGAN marked");
        assertEquals(
                "Marked \"FSGAN\" as To read.",
                robot.lookup("#statusMessage").queryLabeled().getText());

        // the filter above the list
        choose(robot, "#statusFilter", "To read");
        WindowUnderTest.eventually(
                () -> titles(robot).size() == 2, () -> "the list shows the notes to read: " + titles(robot));

        // GPEN, still open, gets a high priority: sorted by status, it comes first
        choose(robot, "#noteReading", "High priority");
        WindowUnderTest.eventually(
                () -> readingOf("GPEN").priority().equals(Optional.of(ReadingPriority.HIGH)), () -> "GPEN urgent");
        robot.interact(() -> {
            var table = table(robot);
            TableColumn<NoteRow, ?> status = table.getColumns().stream()
                    .filter(column -> "statusColumn".equals(column.getId()))
                    .findFirst()
                    .orElseThrow();
            status.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(status));
        });
        WindowUnderTest.eventually(
                () -> titles(robot).equals(List.of("GPEN", "FSGAN")), () -> "by status and priority: " + titles(robot));

        choose(robot, "#statusFilter", "Read");
        WindowUnderTest.eventually(() -> titles(robot).isEmpty(), () -> "no note is read yet: " + titles(robot));
        choose(robot, "#statusFilter", "Any status");
        WindowUnderTest.eventually(() -> titles(robot).size() == 27, () -> "every note again");
    }
}
