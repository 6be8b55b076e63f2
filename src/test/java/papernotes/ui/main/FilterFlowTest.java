package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.TagCount;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.ui.search.NoteRow;

/// The list's filters, headless, over a fresh library of the shipped notes: the sidebar shows the filters the
/// list applies, whichever way they were set or removed.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FilterFlowTest {

    private static final TopicPath FACE_SWAP = TopicPath.of("Face Swap");

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

    private List<String> titles(FxRobot robot) {
        return rows(robot).stream().map(row -> row.note().title()).toList();
    }

    private void ready(FxRobot robot) {
        WindowUnderTest.eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        settle();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<Optional<Topic>> tree(FxRobot robot) {
        return robot.lookup("#topicTree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<TagCount> tags(FxRobot robot) {
        return robot.lookup("#tagList").queryAs(ListView.class);
    }

    /// Chooses the topic in the tree as a click does (the headless robot's clicks do not reach tree cells).
    private static void chooseTopic(FxRobot robot, TopicPath path) {
        var tree = tree(robot);
        robot.interact(
                () -> tree.getSelectionModel().select(item(tree.getRoot(), path).orElseThrow()));
        settle();
    }

    private static Optional<TreeItem<Optional<Topic>>> item(TreeItem<Optional<Topic>> from, TopicPath path) {
        if (from.getValue().map(topic -> topic.path().equals(path)).orElse(false)) {
            return Optional.of(from);
        }
        return from.getChildren().stream()
                .map(child -> item(child, path))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<TopicPath> highlightedTopic(FxRobot robot) {
        return Optional.ofNullable(tree(robot).getSelectionModel().getSelectedItem())
                .flatMap(TreeItem::getValue)
                .map(Topic::path);
    }

    @Test
    void removingTheTopicChip_unhighlightsTheTopic_andChoosingItAgainFiltersAgain(FxRobot robot) {
        ready(robot);
        chooseTopic(robot, FACE_SWAP);
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 6, () -> titles(robot).toString());

        robot.clickOn("#topicChipRemove");
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 27, () -> titles(robot).toString());
        assertEquals(Optional.empty(), highlightedTopic(robot), "the sidebar shows no topic chosen");

        chooseTopic(robot, FACE_SWAP);
        WindowUnderTest.eventually(() -> rows(robot).size() == 6, () -> "the topic filters again: " + titles(robot));
        assertTrue(robot.lookup("#topicChip").tryQuery().isPresent());
    }

    /// Clicks the tag in the sidebar's tag list.
    private static TagCount chooseTag(FxRobot robot, String name) {
        var tagList = tags(robot);
        var tag = tagList.getItems().stream()
                .filter(count -> count.name().equals(name))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> tagList.scrollTo(tag));
        settle();
        robot.clickOn(robot.lookup("#tagList .list-cell")
                .match((ListCell<?> cell) -> tag.equals(cell.getItem()))
                .queryAs(Node.class));
        settle();
        return tag;
    }

    @Test
    void removingTheTagChip_unhighlightsTheTag(FxRobot robot) {
        ready(robot);
        var tagList = tags(robot);
        var disney = chooseTag(robot, "disney");
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 1, () -> titles(robot).toString());
        assertEquals(disney, tagList.getSelectionModel().getSelectedItem());

        robot.clickOn("#tagChipRemove");
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 27, () -> titles(robot).toString());
        assertTrue(tagList.getSelectionModel().getSelectedItems().isEmpty(), "the sidebar shows no tag chosen");
    }

    @Test
    void allNotes_removesTheTagFilterToo(FxRobot robot) {
        ready(robot);
        chooseTopic(robot, FACE_SWAP);
        chooseTag(robot, "gan");
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 3, () -> titles(robot).toString());

        var tree = tree(robot);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot()));
        settle();
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 27, () -> titles(robot).toString());
        assertTrue(robot.lookup("#tagChip").tryQuery().isEmpty(), "no tag chip");
        assertTrue(tags(robot).getSelectionModel().getSelectedItems().isEmpty(), "no tag chosen");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTitleSortChosenByItsHeader_comesBackAfterASearchIsCleared(FxRobot robot) {
        ready(robot);
        // the headless robot's clicks do not sort by a column header (its release is not taken for a click, as a
        // mouse click under Xvfb is): the column is chosen as that click chooses it
        TableView<NoteRow> table = robot.lookup("#noteList").queryAs(TableView.class);
        robot.interact(
                () -> table.getSortOrder().setAll(List.of(table.getColumns().getFirst())));
        settle();
        var byTitle =
                titles(robot).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(byTitle, titles(robot), "sorted by title");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("gan");
        WindowUnderTest.eventually(
                () -> window.viewModel().search().searchingProperty().get()
                        && rows(robot).size() == 7,
                () -> titles(robot).toString());
        assertEquals("TBGAN", titles(robot).getFirst(), "the hits come best first");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WindowUnderTest.eventually(
                () -> rows(robot).size() == 27, () -> titles(robot).toString());
        settle();
        assertEquals(byTitle, titles(robot), "sorted by title again");
    }
}
