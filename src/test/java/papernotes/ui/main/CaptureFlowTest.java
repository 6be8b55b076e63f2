package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.eventually;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.pdf.Pdfs;
import papernotes.web.LocalServer;
import papernotes.web.LocalServer.Reply;

/// Making notes from papers in the window, with a real HTTP server on 127.0.0.1 standing in for arXiv: an arXiv
/// address in the new-note form without a title, an arXiv id pasted on the list, and a PDF pasted on the list as a
/// file (as a drop hands it over) each become a note about the paper, opened.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CaptureFlowTest {

    private final LocalServer server = start();
    private WindowUnderTest ui;

    private static LocalServer start() {
        try {
            return new LocalServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        ui = WindowUnderTest.open(
                stage,
                "language=ENGLISH\ntheme=LIGHT\n",
                Map.of(
                        "PAPERNOTES_ARXIV_API", server.address("/api/query").toString(),
                        "PAPERNOTES_ARXIV_PDF", server.address("/pdf/").toString()));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
        server.close();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                CaptureFlowTest.class.getResourceAsStream("/papernotes/interchange/lookup/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String VIT = "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale";

    private TableView<?> ready(FxRobot robot) {
        var table = robot.lookup("#noteList").queryAs(TableView.class);
        eventually(() -> table.getItems().size() == 27, () -> "the list shows the library");
        settle();
        return table;
    }

    @Test
    void anArxivAddressWithoutATitleInTheNewNoteForm_becomesTheNoteAboutThePaper_andItsPdfIsFetchedWhenAsked(
            FxRobot robot) throws IOException {
        ready(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#newNotePaper").tryQuery().isPresent(), () -> "the new-note form is open");
        robot.clickOn("#newNotePaper").write("https://arxiv.org/abs/2010.11929v2");
        robot.clickOn("OK");
        eventually(
                () -> ui.window().viewModel().note().titleProperty().get().equals(VIT),
                () -> "made from the paper and opened: "
                        + ui.window().viewModel().note().titleProperty().get());
        var note = ui.window().viewModel().note().noteProperty().get().orElseThrow();
        assertEquals("2010.11929", note.links().arxiv().orElseThrow());
        assertEquals("Alexey Dosovitskiy", note.links().authors().getFirst());
        assertEquals("Inbox", note.topic().toString());
        assertEquals(
                "Made \"" + VIT + "\" from the paper.",
                ui.window().viewModel().messageProperty().get());

        // then asked (never done by itself) whether to fetch arXiv's PDF; yes attaches it, its pages searchable
        var pdf = Pdfs.text(
                ui.library().dataDir().resolveSibling(ui.library().dataDir().getFileName() + "-served.pdf"),
                "An Image is Worth 16x16 Words",
                "Each patch is a zeppelinoid token");
        server.on("/pdf/2010.11929.pdf", Reply.ok("application/pdf", Files.readAllBytes(pdf)));
        eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), () -> "asked whether to download");
        assertTrue(
                robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("from arXiv (2010.11929)"));
        robot.clickOn("OK");
        eventually(
                () -> ui.library().files().files(note.id()).size() == 1,
                () -> "the PDF attached: "
                        + ui.window().viewModel().messageProperty().get());
        eventually(
                () -> ui.window()
                        .viewModel()
                        .messageProperty()
                        .get()
                        .equals("Attached 2010.11929.pdf to \"" + VIT + "\"."),
                () -> ui.window().viewModel().messageProperty().get());
        var found = ui.library().search().search("zeppelinoid", 5, Optional.empty(), Optional.empty());
        assertEquals(2, found.hits().getFirst().pages().getFirst().page());
        Files.delete(pdf);
    }

    @Test
    void anArxivIdPastedOnTheList_becomesANote_andAPastedPdfIsAttachedToTheNoteOfItsPaper(FxRobot robot)
            throws IOException {
        var table = ready(robot);
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putString("arXiv:2010.11929");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        eventually(
                () -> ui.window().viewModel().note().titleProperty().get().equals(VIT),
                () -> "made from the pasted id and opened");
        // asked whether to fetch the PDF; no fetches nothing
        eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), () -> "asked whether to download");
        robot.clickOn("Cancel");
        settle();
        assertTrue(
                server.requests().stream().noneMatch(r -> r.uri().getPath().startsWith("/pdf/")), "nothing downloaded");
        eventually(() -> table.getItems().size() == 28, () -> "listed");
        var id = ui.window()
                .viewModel()
                .note()
                .noteProperty()
                .get()
                .orElseThrow()
                .id();

        var pdf = Pdfs.text(
                ui.library().dataDir().resolveSibling(ui.library().dataDir().getFileName() + "-vit.pdf"),
                "arXiv:2010.11929v2 [cs.CV] 3 Jun 2021 An Image is Worth 16x16 Words",
                "The quuxformer encoder consists of alternating layers of self-attention");
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putFiles(List.of(pdf.toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        eventually(
                () -> ui.window().viewModel().messageProperty().get().startsWith("The library already has a note"),
                () -> "the paper's note found: "
                        + ui.window().viewModel().messageProperty().get());
        assertEquals(28, table.getItems().size(), "no second note about the paper");
        assertEquals(1, ui.library().files().files(id).size(), "the PDF attached to the paper's note");
        var found = ui.library().search().search("quuxformer", 5, Optional.empty(), Optional.empty());
        assertEquals(2, found.hits().getFirst().pages().getFirst().page());
        assertTrue(pdf.toFile().delete());
    }
}
