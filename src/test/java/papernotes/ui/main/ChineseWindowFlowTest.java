package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
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
import org.testfx.util.WaitForAsyncUtils;
import papernotes.model.NoteChanges;
import papernotes.model.NoteFilter;
import papernotes.service.Library;

/// The window in 简体中文, dark: its strings come from the Chinese bundle, and searching and editing work the same.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChineseWindowFlowTest {

    private WindowUnderTest ui;
    private Library library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=CHINESE\ntheme=DARK\n");
        library = ui.library();
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @SuppressWarnings("unchecked")
    private int rows(FxRobot robot) {
        return robot.lookup("#noteList").queryAs(TableView.class).getItems().size();
    }

    private static void eventually(BooleanSupplier condition, String what) {
        WindowUnderTest.eventually(condition, () -> what);
    }

    @Test
    void chineseStrings_searchByKeyboard_editAndSave(FxRobot robot) {
        eventually(() -> rows(robot) == 27, "the list shows the library");
        assertEquals(
                "27 篇笔记", robot.lookup("#statusNotes").queryAs(Labeled.class).getText());
        assertEquals("索引就绪", robot.lookup("#statusIndex").queryAs(Labeled.class).getText());
        assertEquals(
                "文件",
                robot.lookup(".menu-bar .menu-button .label")
                        .queryAs(Labeled.class)
                        .getText());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("换脸");
        eventually(
                () -> robot.lookup("#listSummary")
                        .queryAs(Labeled.class)
                        .getText()
                        .endsWith("篇笔记匹配"),
                "the summary is Chinese");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> window.viewModel().note().noteProperty().get().isPresent(), "the best hit opened");
        var id = window.viewModel().note().noteProperty().get().get().id();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#markdownEditor");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("\n中文界面下的修改");
        eventually(() -> library.notes().get(id).note().body().endsWith("中文界面下的修改"), "saved");
        eventually(
                () -> robot.lookup("#saveStatus")
                        .queryAs(Labeled.class)
                        .getText()
                        .startsWith("已保存"),
                "the save status is Chinese");
    }

    /// The dialogs' buttons are Chinese too (they came from JavaFX, in the JVM's language).
    @Test
    void aDialogsButtonsAreChinese(FxRobot robot) {
        eventually(() -> rows(robot) == 27, "the list shows the library");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(
                () -> robot.lookup(".dialog-pane .button-bar .button")
                        .tryQuery()
                        .isPresent(),
                "the new-note dialog");
        var buttons = robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .map(Button::getText)
                .sorted()
                .toList();
        assertEquals(List.of("取消", "确定"), buttons);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /// The note's header says 论文 and 代码 for the paper's links, not paper and code.
    @Test
    void theNoteHeadersLinkLabelsAreChinese(FxRobot robot) {
        eventually(() -> rows(robot) == 27, "the list shows the library");
        var id = library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals("GPEN"))
                .findFirst()
                .orElseThrow()
                .id();
        library.notes()
                .edit(
                        id,
                        NoteChanges.none()
                                .withPaper("https://arxiv.org/pdf/2105.06070")
                                .withCode("https://github.com/yangxy/GPEN"));
        robot.interact(() -> window.viewModel().open(id));
        eventually(
                () -> window.viewModel().note().pageProperty().get().contains("github.com/yangxy/GPEN"), "GPEN shown");
        var page = window.viewModel().note().pageProperty().get();
        assertTrue(page.contains(">论文</a>") && page.contains(">代码</a>"), page);
    }
}
