package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteFilter;

/// File → Import → Markdown folder with problems in some files: the dry run's summary comes with every warning
/// before the user decides; afterwards the status bar says how many notes came in with how many warnings, and the
/// list of warnings is one click away.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {

    @TempDir
    Path dir;

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void theDryRunShowsTheWarningsFirst_andAfterwardsTheyAreOneClickAway(FxRobot robot) throws Exception {
        var folder = Files.createDirectories(dir.resolve("mixed"));
        Files.write(folder.resolve("超分.md"), "# 超分辨率\n\n基于GAN的超分。\n".getBytes(Charset.forName("GBK")));
        Files.writeString(folder.resolve("broken.md"), "---\ntags: [a, b\n---\n# 换脸\n");
        WindowUnderTest.eventually(
                () -> ui.library().notes().list(NoteFilter.ALL).size() == 27, () -> "the library is open");
        robot.interact(() -> ui.window().transfers().importFolder(folder));
        WindowUnderTest.eventually(
                () -> robot.lookup("#importWarningList").tryQuery().isPresent(),
                () -> "the dry run's warnings are shown before anything is imported");
        var summary = robot.lookup("#importSummary").queryAs(Label.class).getText();
        assertTrue(
                summary.startsWith("mixed: 2 notes to add, 0 to update, 0 to skip, 0 conflict copies to make;"
                        + " 2 warnings (1 encoding, 1 front matter)."),
                summary);
        var listed = robot.lookup("#importWarningList").queryAs(ListView.class).getItems();
        assertEquals(2, listed.size());
        assertTrue(
                listed.get(0).toString().startsWith("mixed/broken.md, line 3: the front matter is not valid YAML"),
                listed.toString());
        assertEquals(27, ui.library().notes().list(NoteFilter.ALL).size(), "nothing imported yet");

        robot.clickOn("Import");
        WindowUnderTest.eventually(
                () -> robot.lookup("#statusMessage")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Imported 2 notes with 2 warnings"),
                () -> "the status bar says how it went: "
                        + robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertEquals(29, ui.library().notes().list(NoteFilter.ALL).size());
        var link = robot.lookup("#importWarningsLink").queryAs(Hyperlink.class);
        assertTrue(link.isVisible());
        assertEquals("2 warnings…", link.getText());
        robot.clickOn(link);
        WindowUnderTest.eventually(
                () -> robot.lookup("#importWarningList").tryQuery().isPresent(), () -> "the warnings are shown again");
        assertEquals(
                2,
                robot.lookup("#importWarningList")
                        .queryAs(ListView.class)
                        .getItems()
                        .size());
        robot.clickOn("Close");
    }
}
