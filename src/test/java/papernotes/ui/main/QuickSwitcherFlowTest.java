package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.model.QuickSwitchHit;

/// The quick switcher's rows (Ctrl+P), headless, over a fresh library of the shipped notes: one line each, the
/// title first and the alias that matched after it, muted, the matched letters highlighted, and no scrolling sideways.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QuickSwitcherFlowTest {

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
    private static ListView<QuickSwitchHit> list(FxRobot robot) {
        return robot.lookup("#switcherList").queryAs(ListView.class);
    }

    /// Opens the switcher and types the query; waits until the best hit is the note meant.
    private static void find(FxRobot robot, String query, String first) {
        WindowUnderTest.eventually(
                () -> robot.lookup("#noteList").queryTableView().getItems().size() == 27,
                () -> "the list shows the library");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WindowUnderTest.eventually(
                () -> robot.lookup("#switcherField").tryQuery().isPresent(), () -> "switcher open");
        robot.clickOn("#switcherField").write(query);
        WindowUnderTest.eventually(
                () -> !list(robot).getItems().isEmpty()
                        && list(robot).getItems().getFirst().note().title().equals(first),
                () -> list(robot).getItems().toString());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /// The text pieces of a row, left to right.
    private static List<Text> pieces(ListCell<?> cell) {
        return cell.lookupAll("Text").stream()
                .map(Text.class::cast)
                .filter(text -> text.getStyleClass().contains("switcher-title")
                        || text.getStyleClass().contains("switcher-alias"))
                .sorted(Comparator.comparingDouble((Text text) ->
                        text.localToScene(text.getBoundsInLocal()).getMinX()))
                .toList();
    }

    private static String joined(List<Text> pieces, String styleClass) {
        return String.join(
                "",
                pieces.stream()
                        .filter(text -> text.getStyleClass().contains(styleClass))
                        .map(Text::getText)
                        .toList());
    }

    /// The texts of a node and of everything in it (a label's too), that show something.
    private static List<Text> texts(Node node) {
        if (node instanceof Text text) {
            return text.isVisible() && !text.getText().isBlank() ? List.of(text) : List.of();
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream()
                    .flatMap(child -> texts(child).stream())
                    .toList();
        }
        return List.of();
    }

    /// Every text of the row lies on one line: some height is common to all of them.
    private static void assertOneLine(ListCell<?> row) {
        var bounds = texts(row).stream()
                .map(text -> text.localToScene(text.getBoundsInLocal()))
                .toList();
        double top = bounds.stream().mapToDouble(b -> b.getMinY()).max().orElseThrow();
        double bottom = bounds.stream().mapToDouble(b -> b.getMaxY()).min().orElseThrow();
        assertTrue(
                top < bottom,
                "one line: " + row.getItem() + " has texts at "
                        + bounds.stream()
                                .map(b -> b.getMinY() + "–" + b.getMaxY())
                                .toList());
    }

    private static void assertNoScrollingSideways(FxRobot robot) {
        assertTrue(
                list(robot).lookupAll(".scroll-bar").stream()
                        .map(ScrollBar.class::cast)
                        .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()),
                "no horizontal scroll bar");
    }

    private static ListCell<?> firstRow(FxRobot robot) {
        var hit = list(robot).getItems().getFirst();
        return robot.lookup("#switcherList .list-cell")
                .match((ListCell<?> cell) -> hit.equals(cell.getItem()))
                .queryAs(ListCell.class);
    }

    @Test
    void aHitByItsAlias_showsTheTitleFirst_thenTheAliasMuted_onOneLine_withTheMatchedLettersHighlighted(FxRobot robot) {
        find(robot, "stylgan", "ShapeEditer");
        var hit = list(robot).getItems().getFirst();
        assertFalse(hit.onTitle(), "found by its alias: " + hit);
        var row = firstRow(robot);
        assertOneLine(row);
        assertNoScrollingSideways(robot);
        var pieces = pieces(row);

        assertEquals("ShapeEditer", joined(pieces, "switcher-title"));
        assertEquals(hit.matchedText(), joined(pieces, "switcher-alias"));
        assertTrue(pieces.getFirst().getStyleClass().contains("switcher-title"), "the title comes first");
        var title = pieces.stream()
                .filter(text -> text.getStyleClass().contains("switcher-title"))
                .findFirst()
                .orElseThrow();
        var alias = pieces.stream()
                .filter(text -> text.getStyleClass().contains("switcher-alias")
                        && !text.getStyleClass().contains("switcher-mark"))
                .findFirst()
                .orElseThrow();
        assertNotEquals(title.getFill(), alias.getFill(), "the alias is muted");

        var matched = String.join(
                "",
                hit.highlightPositions().stream()
                        .map(at -> String.valueOf(hit.matchedText().charAt(at)))
                        .toList());
        assertEquals(
                matched,
                joined(
                        pieces.stream()
                                .filter(text -> text.getStyleClass().contains("switcher-mark"))
                                .toList(),
                        "switcher-alias"),
                "the matched letters are highlighted");
    }

    @Test
    void aHitByItsTitle_highlightsTheMatchedLettersOfTheTitle_onOneLine(FxRobot robot) {
        find(robot, "hl", "Disney高清换脸");
        for (Node cell : robot.lookup("#switcherList .list-cell").queryAll()) {
            if (((ListCell<?>) cell).getItem() != null) {
                assertOneLine((ListCell<?>) cell);
            }
        }
        var row = firstRow(robot);
        var pieces = pieces(row);
        assertEquals("Disney高清换脸", joined(pieces, "switcher-title"));
        assertEquals("", joined(pieces, "switcher-alias"));
        assertEquals(
                "换脸",
                joined(
                        pieces.stream()
                                .filter(text -> text.getStyleClass().contains("switcher-mark"))
                                .toList(),
                        "switcher-title"));
    }

    @Test
    void aLongAlias_isCutAtTheRowsEnd_notScrolledTo(FxRobot robot) {
        find(robot, "synthesizing coupled", "TBGAN");
        var hit = list(robot).getItems().getFirst();
        assertTrue(hit.matchedText().length() > 80, "found by its long alias: " + hit);
        assertNoScrollingSideways(robot);
        assertOneLine(firstRow(robot));
    }
}
