package papernotes.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.TestLibrary;
import papernotes.model.NoteSummary;
import papernotes.service.Library;

/// The library window, headless: the shipped topics are shown, choosing a topic lists its notes, choosing a note
/// shows its text.
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {

    private static Path dir;
    private static Library library;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("papernotes-ui");
        library = TestLibrary.shipped(dir);
        var viewModel = new LibraryViewModel(library.notes(), library.topics(), library.render());
        var view = new LibraryView(viewModel);
        viewModel.load();
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void pickATopicThenANoteShowsTheNote(FxRobot robot) throws Exception {
        TreeView<?> tree = robot.lookup("#topicTree").queryAs(TreeView.class);
        assertEquals(6, countItems(tree.getRoot()) - 1);
        assertEquals("27 notes", robot.lookup("#status").queryAs(Label.class).getText());

        robot.clickOn("Face Swap  换脸  (6)");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<NoteSummary> notes = robot.lookup("#noteList").queryAs(ListView.class);
        assertEquals(6, notes.getItems().size());
        assertEquals("6 notes in Face Swap", robot.lookup("#status").queryAs(Label.class).getText());

        robot.clickOn(robot.lookup(".list-cell").<javafx.scene.Node>match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                && ((javafx.scene.control.ListCell<?>) n).getText().startsWith("ShapeEditer")).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        var web = robot.lookup("#noteView").queryAs(javafx.scene.web.WebView.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                String.valueOf(web.getEngine().executeScript("document.body ? document.body.textContent : ''")))
                .get().contains("基于stylegan2,arcface提取id特征"));
    }

    @Test
    void subTopicCountsAreIncludedInTheirParent(FxRobot robot) {
        assertTrue(robot.lookup("3D Face Reconstruction  三维人脸重建  (9)").tryQuery().isPresent());
        robot.clickOn("帝国理工组  (5)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5 notes in 3D Face Reconstruction / 帝国理工组", robot.lookup("#status").queryAs(Label.class).getText());
    }

    private static int countItems(javafx.scene.control.TreeItem<?> item) {
        int count = 1;
        for (var child : item.getChildren()) {
            count += countItems(child);
        }
        return count;
    }
}
