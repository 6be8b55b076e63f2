package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.eventually;
import static papernotes.ui.main.WindowUnderTest.settle;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteChanges;
import papernotes.web.LocalServer;
import papernotes.web.LocalServer.Reply;

/// The menu bar's Paper menu, with a real HTTP server on 127.0.0.1 standing in for arXiv: a note with only its
/// arXiv id fetches its paper's details after saying which fields it will fill, and its citation is copied as the
/// key, `[@key]` and the reference.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PaperMenuFlowTest {

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
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/papernotes/interchange/lookup/arxiv-2010.11929.xml"))) {
            server.on("/api/query", Reply.ok("application/atom+xml", in.readAllBytes()));
        }
        ui = WindowUnderTest.open(
                stage,
                "language=ENGLISH\ntheme=LIGHT\n",
                Map.of("PAPERNOTES_ARXIV_API", server.address("/api/query").toString()));
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
        server.close();
    }

    @Test
    void fetchSaysWhatItFillsThenFillsIt_theCitationIsCopied_andTheAuthorsAreEditedInTheHeader(FxRobot robot) {
        var table = robot.lookup("#noteList").queryAs(TableView.class);
        eventually(() -> table.getItems().size() == 27, () -> "the list shows the library");
        // Preferences shows where papers are looked up: arXiv's address set by the environment, not to be changed there
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        eventually(() -> robot.lookup("#lookup0").tryQuery().isPresent(), () -> "Preferences open");
        var arxiv = robot.lookup("#lookup0").queryAs(TextField.class);
        assertEquals(server.address("/api/query").toString(), arxiv.getText());
        assertTrue(arxiv.isDisabled(), "the environment's choice wins");
        robot.clickOn("#lookup3").write("me@lab.edu");
        robot.clickOn("OK");
        eventually(
                () -> ui.library().lookups().saved().equals(Map.of("PAPERNOTES_MAILTO", "me@lab.edu")),
                () -> "the contact address saved: " + ui.library().lookups().saved());

        var id = ui.library().notes().resolve("ViT");
        ui.library().notes().edit(id, NoteChanges.none().withArxiv("2010.11929"));
        robot.interact(() -> ui.window().viewModel().open(id));
        settle();

        robot.clickOn("Paper").clickOn("Fetch the paper's details…");
        eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent(), () -> "asked before filling");
        var asked = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(asked.contains("authors: Alexey Dosovitskiy, Lucas Beyer, Alexander Kolesnikov"), asked);
        robot.clickOn("OK");
        eventually(
                () -> !ui.window()
                        .viewModel()
                        .note()
                        .noteProperty()
                        .get()
                        .orElseThrow()
                        .links()
                        .authors()
                        .isEmpty(),
                () -> "filled and read again");
        assertTrue(ui.window().viewModel().messageProperty().get().startsWith("Filled "));

        var copied = new AtomicReference<String>();
        robot.clickOn("Paper").clickOn("Copy [@key] for Markdown");
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        var key = ui.library().bibtex().cite(id).key();
        assertEquals("[@" + key + "]", copied.get());
        robot.clickOn("Paper").clickOn("Copy the reference");
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.get().startsWith("Dosovitskiy, A., Beyer, L., & Kolesnikov, A. (2020)."), copied.get());

        // the header shows what was fetched, folded; opened, its authors are edited as one line and saved
        robot.clickOn("#editButton");
        settle();
        var details = robot.lookup("#paperDetails").queryAs(TitledPane.class);
        assertTrue(details.getText().contains("Alexey Dosovitskiy; Lucas Beyer"), details.getText());
        robot.clickOn(details.lookup(".title"));
        settle();
        var authors = robot.lookup("#noteAuthorsField").queryAs(TextField.class);
        // the header scrolls when it would take more than half of the note pane: reach the field by the keyboard
        robot.interact(() -> {
            authors.setText("");
            authors.requestFocus();
        });
        robot.write("Alexey Dosovitskiy; Beyer, Lucas");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        eventually(
                () -> ui.library()
                        .notes()
                        .get(id)
                        .note()
                        .links()
                        .authors()
                        .equals(List.of("Alexey Dosovitskiy", "Beyer, Lucas")),
                () -> "the authors saved in order: "
                        + ui.library().notes().get(id).note().links().authors());
        assertEquals(
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                robot.lookup("#notePaperTitleField").queryAs(TextField.class).getText());
    }
}
