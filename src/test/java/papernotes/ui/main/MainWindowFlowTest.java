package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
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
import papernotes.TestFolders;
import papernotes.model.NoteChanges;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.QuickSwitchHit;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.service.RestorePlan;
import papernotes.ui.UiLanguage;
import papernotes.ui.note.NoteViewModel.Mode;
import papernotes.ui.search.NoteRow;

/// The main window's flows, headless, by mouse and keyboard over a fresh library of the shipped notes, with the
/// real background thread and timers.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {

    private Library library;
    private MainWindow window;
    private Stage stage;
    private WindowUnderTest ui;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        library = ui.library();
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    private void ready(FxRobot robot) {
        eventually(() -> rows(robot).size() == 27, () -> "the list shows the library");
        settle();
    }

    private static void eventually(BooleanSupplier condition, Supplier<String> what) {
        WindowUnderTest.eventually(condition, what);
    }

    /// Opens the note by clicking it in the list, switches to the editor and puts the caret at the end.
    private void editAtTheEnd(FxRobot robot, String title) {
        robot.clickOn(title);
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#markdownEditor");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private List<NoteRow> rows(FxRobot robot) {
        return List.copyOf(robot.lookup("#noteList").queryAs(TableView.class).getItems());
    }

    private NoteId idOf(String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(n -> n.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void pickATopic_thenANote_showsTheNote(FxRobot robot) {
        ready(robot);
        // the visible cell: the tree also keeps an invisible cell with the same text for measuring
        var cell = robot.lookup(".tree-cell")
                .match((TreeCell<?> c) -> c.isVisible() && "Face Swap  换脸  (6)".equals(c.getText()))
                .queryAs(TreeCell.class);
        // the headless robot's clicks do not reach tree cells (they do reach table rows and buttons; a mouse click
        // on the topic under Xvfb filters the list), so the topic is chosen through the tree's selection
        robot.interact(() -> cell.getTreeView().getSelectionModel().select(cell.getIndex()));
        settle();
        eventually(() -> window.viewModel().search().topicFilterProperty().get().isPresent(), () -> "topic chosen");
        eventually(() -> rows(robot).size() == 6, () -> rows(robot).toString());
        assertTrue(robot.lookup("#topicChip").tryQuery().isPresent());
        robot.clickOn("FSGAN");
        settle();
        eventually(() -> window.viewModel().note().titleProperty().get().equals("FSGAN"), () -> "FSGAN open");
        eventually(() -> window.viewModel().note().pageProperty().get().contains("FSGAN"), () -> "FSGAN shown");
    }

    @Test
    void searchAsYouType_inChineseThenEnglish_listsTheFaceSwapNotesWithSnippets(FxRobot robot) {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("换脸");
        settle();
        assertFaceSwapFirst(robot);
        assertFalse(robot.lookup(".snippet-mark").queryAll().isEmpty(), "matches are marked in the snippets");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        eventually(() -> rows(robot).size() == 27, () -> rows(robot).toString());
        robot.write("face swap");
        settle();
        assertFaceSwapFirst(robot);
        assertTrue(robot.lookup("#expansion").queryLabeled().getText().contains("换脸"));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        settle();
        assertEquals(
                rows(robot).getFirst().note().title(),
                window.viewModel().note().titleProperty().get());
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        settle();
        assertEquals(
                rows(robot).get(1).note().title(),
                window.viewModel().note().titleProperty().get());
    }

    /// Waits for the answer to the whole query (the list shows each keystroke's answer on the way): the five best
    /// hits are Face Swap notes, and hits come with their passages.
    private void assertFaceSwapFirst(FxRobot robot) {
        eventually(
                () -> {
                    var rows = rows(robot);
                    return rows.size() >= 5
                            && rows.stream().anyMatch(r -> !r.snippets().isEmpty())
                            && rows.stream()
                                    .limit(5)
                                    .allMatch(r -> r.note().topic().equals(TopicPath.of("Face Swap")));
                },
                () -> rows(robot).stream().map(r -> r.note().title()).toList().toString());
    }

    @Test
    void editABody_waitForAutosave_reopen_theTextIsThere(FxRobot robot) {
        ready(robot);
        var original = library.notes().get(idOf("GPEN")).note().body();
        editAtTheEnd(robot, "GPEN");
        robot.write("\n新增的笔记 added");
        eventually(() -> library.notes().get(idOf("GPEN")).note().body().endsWith("新增的笔记 added"), () -> "saved");

        robot.clickOn("GFPGAN");
        settle();
        robot.clickOn("GPEN");
        settle();
        assertTrue(window.viewModel().note().bodyProperty().get().endsWith("新增的笔记 added"));
        // one revision for the editing session, however many autosaves the typing took: the text before it
        assertEquals(
                List.of(original),
                library.history().of(idOf("GPEN")).stream().map(r -> r.body()).toList());
    }

    @Test
    void addAndRemoveATag(FxRobot robot) {
        ready(robot);
        robot.clickOn("GPEN");
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#tagInput").write("人脸修复").press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> library.notes().get(idOf("GPEN")).note().tags().contains("人脸修复"), () -> "tag added");

        robot.clickOn("#removeTag-人脸修复");
        eventually(() -> !library.notes().get(idOf("GPEN")).note().tags().contains("人脸修复"), () -> "tag removed");
    }

    /// A completion chosen by the keyboard adds the tag and leaves the focus in the tag field, also once the tag is
    /// saved: the next tag typed is a tag, not text in the note.
    @Test
    void aTagChosenFromTheCompletions_keepsTheFocusInTheTagField(FxRobot robot) {
        ready(robot);
        var gpen = idOf("GPEN");
        var body = library.notes().get(gpen).note().body();
        robot.clickOn("GPEN");
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#tagInput").write("tence");
        eventually(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent(), () -> "tencent is offered");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> library.notes().get(gpen).note().tags().contains("tencent"), () -> "tag added and saved");
        settle();
        assertEquals("tagInput", focusOwner(robot));

        robot.write("人脸修复").press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> library.notes().get(gpen).note().tags().contains("人脸修复"), () -> "the next tag is a tag");
        assertEquals(body, library.notes().get(gpen).note().body(), "the text is as it was");
    }

    /// The arXiv id and year follow the paper address as it is typed, keystroke by keystroke, and as it is replaced
    /// by a paste.
    @Test
    void aNewNote_arxivIdAndYearFollowThePaperAddressAsTyped(FxRobot robot) {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#newNotePaper").tryQuery().isPresent(), () -> "the new-note form is open");
        robot.clickOn("#newNoteTitle").write("Real-ESRGAN");
        robot.clickOn("#newNotePaper").write("https://arxiv.org/abs/2107.10833v2");
        settle();
        assertEquals(
                "2107.10833",
                robot.lookup("#newNoteArxiv").queryTextInputControl().getText());
        assertEquals(
                "2021", robot.lookup("#newNoteYear").queryTextInputControl().getText());

        var paper = robot.lookup("#newNotePaper").queryTextInputControl();
        robot.interact(() -> paper.setText("https://arxiv.org/abs/1809.00219"));
        assertEquals(
                "1809.00219",
                robot.lookup("#newNoteArxiv").queryTextInputControl().getText());
        assertEquals(
                "2018", robot.lookup("#newNoteYear").queryTextInputControl().getText());

        robot.clickOn("OK");
        eventually(() -> window.viewModel().note().titleProperty().get().equals("Real-ESRGAN"), () -> "created");
        var created = window.viewModel().note().noteProperty().get().orElseThrow();
        assertEquals(Optional.of("1809.00219"), created.links().arxiv());
        assertEquals(Optional.of(2018), created.links().year());
    }

    /// The new-note form takes tags as the editor does: completed from the library's tags, Enter adds one.
    @Test
    void aNewNote_getsItsTagsInTheForm_completedFromTheLibrary(FxRobot robot) {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#newNotePaper").tryQuery().isPresent(), () -> "the new-note form is open");
        robot.clickOn("#newNoteTitle").write("VQFR");
        robot.clickOn(robot.lookup(".dialog-pane #tagInput").queryAs(Node.class))
                .write("face-res");
        eventually(
                () -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent(),
                () -> "face-restoration offered");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.write("码本").press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> robot.lookup(".dialog-pane #removeTag-码本").tryQuery().isPresent(), () -> "two chips");

        robot.clickOn("OK");
        eventually(() -> window.viewModel().note().titleProperty().get().equals("VQFR"), () -> "created");
        assertEquals(
                List.of("face-restoration", "码本"),
                window.viewModel().note().noteProperty().get().orElseThrow().tags());
    }

    private String focusOwner(FxRobot robot) {
        var owner = new AtomicReference<String>();
        robot.interact(() -> owner.set(Optional.ofNullable(stage.getScene().getFocusOwner())
                .map(node -> node.getId() == null ? node.getClass().getSimpleName() : node.getId())
                .orElse("nothing")));
        return owner.get();
    }

    @Test
    void deleteToTrash_thenRestore(FxRobot robot) throws Exception {
        var gpen = idOf("GPEN");
        ready(robot);
        robot.clickOn("GPEN");
        settle();
        robot.clickOn("#trashButton");
        settle();
        eventually(() -> rows(robot).size() == 26, () -> rows(robot).toString());
        assertTrue(library.notes().get(gpen).isTrashed());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        robot.clickOn(robot.lookup("#trashList .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#restoreButton");
        settle();
        assertFalse(library.notes().get(gpen).isTrashed());
        assertEquals("GPEN", window.viewModel().note().titleProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        eventually(() -> rows(robot).size() == 27, () -> rows(robot).toString());
    }

    /// File → Restore from a backup: the file is checked, the user confirms what it holds against the library, and
    /// the window saves the draft and closes, handing the plan over to be carried out with the library closed.
    @Test
    void restoreFromABackup_confirmed_savesTheDraftAndClosesWithThePlan(FxRobot robot) throws Exception {
        var backup = Files.createTempDirectory("papernotes-restore").resolve("before.db");
        library.backups().backup(Optional.of(backup));
        var handed = new AtomicReference<RestorePlan>();
        robot.interact(() -> window.onRestore(handed::set));
        ready(robot);
        editAtTheEnd(robot, "GPEN");
        robot.write("恢复之前写的");
        robot.interact(() -> window.transfers().restoreFrom(backup));
        eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), () -> "the restore is confirmed first");
        var question =
                robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(
                question.startsWith("Replace the library (27 notes, 0 in the trash) with before.db (27 notes"),
                question);
        robot.clickOn("OK");
        eventually(() -> handed.get() != null, () -> "the window hands the plan over");
        assertFalse(stage.isShowing());
        assertTrue(library.notes().get(idOf("GPEN")).note().body().endsWith("恢复之前写的"));
        try (var plan = handed.get()) {
            assertEquals(backup, plan.source());
            assertEquals(27, plan.incoming().notes());
            assertTrue(Files.isRegularFile(plan.prepared()));
        }
        TestFolders.delete(backup.getParent());
    }

    @Test
    void quittingInsideTheAutosaveDelay_losesNothing(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("GPEN");
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.clickOn("#markdownEditor");
        robot.write("最后一句");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertTrue(library.notes().get(idOf("GPEN")).note().body().contains("最后一句"));
    }

    @Test
    void quickSwitcher_initialsJumpToTheNote(FxRobot robot) {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        settle();
        robot.clickOn("#switcherField").write("hl");
        eventually(
                () -> !robot.lookup("#switcherList").queryListView().getItems().isEmpty()
                        && ((QuickSwitchHit) robot.lookup("#switcherList")
                                        .queryListView()
                                        .getItems()
                                        .getFirst())
                                .note()
                                .title()
                                .equals("Disney高清换脸"),
                () -> "Disney高清换脸 first");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> window.viewModel().note().titleProperty().get().equals("Disney高清换脸"), () -> "opened");
    }

    @Test
    void anOpenNoteShowsItsRelatedNotes_oneClickAway(FxRobot robot) {
        ready(robot);
        robot.clickOn("GPEN");
        eventually(() -> robot.lookup("#related .hyperlink").queryAll().size() == 5, () -> "five related notes");
        Hyperlink first = robot.lookup("#related .hyperlink").queryAs(Hyperlink.class);
        var title = first.getText();
        robot.clickOn(first);
        eventually(() -> window.viewModel().note().titleProperty().get().equals(title), () -> title + " opened");
    }

    @Test
    void history_showsTheDifference_andRestoresTheEarlierText(FxRobot robot) {
        ready(robot);
        var gpen = idOf("GPEN");
        var original = library.notes().get(gpen).note().body();
        editAtTheEnd(robot, "GPEN");
        robot.write("\n要撤回的一行");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        eventually(
                () -> robot.lookup("#diffList").tryQuery().isPresent()
                        && robot.lookup("#diffList").queryListView().getItems().stream()
                                .anyMatch(line -> line.toString().contains("要撤回的一行")),
                () -> "the diff shows the added line");
        // by the keyboard: a click could land where the dialog was before the window manager placed it (seen once
        // on a loaded machine)
        var restore = robot.lookup("#restoreRevisionButton").queryButton();
        eventually(() -> !restore.isDisabled(), () -> "a revision is chosen");
        robot.interact(restore::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        eventually(() -> library.notes().get(gpen).note().body().equals(original), () -> "the earlier text is back");
        eventually(() -> window.viewModel().note().bodyProperty().get().equals(original), () -> "and shown");
    }

    /// Each revision says how many lines it added and removed against the revision before it; a long line of the
    /// comparison wraps rather than running off to the right.
    @Test
    void history_labelsEachRevisionWithItsChangedLines_andWrapsLongLines(FxRobot robot) {
        ready(robot);
        var gpen = idOf("GPEN");
        var original = library.notes().get(gpen).note().body();
        var longLine = "很长的一行 a long line of notes ".repeat(20);
        var text = original.stripTrailing();
        library.notes().edit(gpen, NoteChanges.none().withBody(text + "\n第一行\n第二行"));
        library.notes().edit(gpen, NoteChanges.none().withBody(text + "\n第二行\n" + longLine));
        robot.clickOn("GPEN");
        settle();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        eventually(
                () -> robot.lookup("#revisionList").tryQuery().isPresent()
                        && robot.lookup("#revisionList")
                                        .queryListView()
                                        .getItems()
                                        .size()
                                == 2,
                () -> "two revisions");
        settle();
        var labels = robot.lookup("#revisionList .list-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(Objects::nonNull)
                .toList();
        assertEquals(2, labels.size(), labels.toString());
        assertTrue(labels.get(0).contains("+2 −0 lines"), labels.get(0));
        assertTrue(labels.get(1).contains("+" + original.lines().count() + " −0 lines"), labels.get(1));

        var diff = robot.lookup("#diffList").queryListView();
        robot.interact(() -> diff.scrollTo(diff.getItems().size() - 1));
        settle();
        var cells = robot.lookup("#diffList .list-cell").queryAllAs(ListCell.class);
        var wrapped = cells.stream()
                .filter(c -> c.getText() != null && c.getText().contains("很长的一行"))
                .findFirst()
                .orElseThrow();
        var shortLine = cells.stream()
                .filter(c -> "  第二行".equals(c.getText()))
                .findFirst()
                .orElseThrow();
        assertTrue(
                wrapped.getHeight() >= 2 * shortLine.getHeight(),
                wrapped.getHeight() + " against " + shortLine.getHeight());
        assertTrue(wrapped.getWidth() <= diff.getWidth(), wrapped.getWidth() + " in " + diff.getWidth());
    }

    @Test
    void switchingToChinese_keepsTheSearchTheNoteAndTheEditor(FxRobot robot) {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("gfpgan");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        eventually(() -> window.viewModel().note().titleProperty().get().equals("GFPGAN"), () -> "GFPGAN open");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        settle();
        robot.interact(() -> window.chooseLanguage(UiLanguage.CHINESE));
        settle();
        assertEquals("gfpgan", window.viewModel().search().queryProperty().get());
        assertEquals("GFPGAN", window.viewModel().note().titleProperty().get());
        assertEquals(Mode.EDIT, window.viewModel().note().modeProperty().get());
        eventually(() -> robot.lookup("#listSummary").queryLabeled().getText().endsWith("篇笔记匹配"), () -> "Chinese");
    }
}
