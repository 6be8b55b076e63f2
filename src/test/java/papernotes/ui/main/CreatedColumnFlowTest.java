package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;
import papernotes.service.NoteService;
import papernotes.ui.search.NoteRow;

/// The note list's Created column: the day each note was created, sortable like the other columns, and cut short
/// with a tooltip like them.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CreatedColumnFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private static List<NoteRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#noteList").queryAs(TableView.class).getItems());
    }

    /// Two notes of other years beside the shipped ones, the one created first and the one created last.
    private void addOldAndNewNotes(FxRobot robot) {
        var topic = TopicPath.of("Super Resolution");
        ui.library()
                .notes()
                .createAll(List.of(
                        new NoteService.Dated(
                                NoteDraft.of("SRCNN", topic, "2014"),
                                Instant.parse("2014-09-05T12:00:00Z"),
                                Instant.parse("2014-09-05T12:00:00Z")),
                        new NoteService.Dated(
                                NoteDraft.of("SwinIR", topic, "2021"),
                                Instant.parse("2030-08-23T12:00:00Z"),
                                Instant.parse("2030-08-23T12:00:00Z"))));
        robot.interact(() -> ui.window().viewModel().reload());
        WindowUnderTest.eventually(() -> rows(robot).size() == 29, () -> "the notes are listed");
        settle();
    }

    @Test
    void theCreatedColumnShowsTheDay_andSortsByIt(FxRobot robot) {
        WindowUnderTest.eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        ui.wideList(robot);
        addOldAndNewNotes(robot);
        var headers = robot.lookup("#noteList .column-header .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
        assertEquals(List.of("Title", "Status", "Topic", "Tags", "Created", "Updated"), headers);

        // the headless robot's clicks do not sort by a column header (its release is not taken for a click, as a
        // mouse click under Xvfb is): the column is chosen, and chosen again, as those clicks choose it
        @SuppressWarnings("unchecked")
        TableView<NoteRow> table = robot.lookup("#noteList").queryAs(TableView.class);
        var created = table.getColumns().get(headers.indexOf("Created"));
        robot.interact(() -> table.getSortOrder().setAll(List.of(created)));
        settle();
        assertEquals("SRCNN", rows(robot).getFirst().note().title(), "oldest first");
        assertEquals("SwinIR", rows(robot).getLast().note().title(), "newest last");
        robot.interact(() -> created.setSortType(SortType.DESCENDING));
        settle();
        assertEquals("SwinIR", rows(robot).getFirst().note().title(), "newest first");
        var shown = robot.lookup("#noteList .table-cell").queryAllAs(Labeled.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null)
                .map(Labeled::getText)
                .toList();
        var day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
        assertTrue(shown.contains(day.format(Instant.parse("2030-08-23T12:00:00Z"))), shown.toString());
    }

    @Test
    void aNarrowCreatedColumn_cutsTheDayShort_withTheWholeDayAsATooltip(FxRobot robot) {
        WindowUnderTest.eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        ui.wideList(robot);
        @SuppressWarnings("unchecked")
        TableView<NoteRow> table = robot.lookup("#noteList").queryAs(TableView.class);
        var created = table.getColumns().stream()
                .filter(column -> column.getText().equals("Created"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> table.resizeColumn(created, 30 - created.getWidth()));
        settle();
        var cell = robot.lookup("#noteList .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == created && c.isVisible() && c.getText() != null)
                .queryAs(TableCell.class);
        assertTrue(cell.isTextTruncated(), cell.getText() + " in " + cell.getWidth());
        assertEquals(cell.getText(), cell.getTooltip().getText());
    }
}
