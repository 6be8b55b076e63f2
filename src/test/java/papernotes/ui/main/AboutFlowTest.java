package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// Help → About PaperNotes: the version and licence, and credit to the work it is built on, the CC-CEDICT
/// dictionary's licence among them, in the window's language.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AboutFlowTest {

    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void helpAbout_creditsTheDictionaryAndItsLicence_andCloses(FxRobot robot) {
        var help = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().getLast();
        assertTrue(help.getText().equals("帮助"), help.getText());
        var about = help.getItems().getFirst();
        Platform.runLater(about::fire);
        WindowUnderTest.eventually(
                () -> robot.lookup("#aboutContent").tryQuery().isPresent(), () -> "the About box");
        var texts = robot.lookup("#aboutContent .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertTrue(texts.getFirst().startsWith("PaperNotes "), texts.toString());
        assertTrue(
                texts.stream().anyMatch(t -> t.contains("CC-CEDICT") && t.contains("CC BY-SA 4.0")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Apache Lucene") && t.contains("KaTeX")), texts.toString());
        robot.clickOn("关闭");
        WindowUnderTest.eventually(
                () -> robot.lookup("#aboutContent").tryQuery().isEmpty(), () -> "closed");
        assertFalse(robot.lookup("#aboutContent").tryQuery().isPresent());
    }
}
