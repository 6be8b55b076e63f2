package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static papernotes.ui.main.WindowUnderTest.eventually;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.Note;
import papernotes.model.NoteFile;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.Theme;
import papernotes.pdf.Pdfs;
import papernotes.service.LinkLabels;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// A note's PDF in the window: its header links the file; a search that found a word on page 2 remembers that
/// page, which the page view shows drawn by PDFBox, with the pages around it and the file opened in the system's
/// viewer.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PageViewerFlowTest {

    private WindowUnderTest ui;
    private NoteId id;
    private NoteFile file;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.open(stage, "language=ENGLISH\ntheme=LIGHT\n");
        id = ui.library().notes().list(NoteFilter.ALL).getFirst().id();
        var pdf = Pdfs.text(
                ui.library().dataDir().resolve("scratch.pdf"),
                "First page of the paper, its introduction",
                "The zeppelinoid method on the second page",
                "Third page with the results");
        file = ui.library()
                .files()
                .attach(id, List.of(pdf))
                .attached()
                .getFirst()
                .file();
        ui.library().files().readTexts(id);
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void theHeaderLinksTheNotesPdf() {
        var html = ui.library().render().note(id, Theme.LIGHT, LinkLabels.ENGLISH);
        assertTrue(html.contains("href=\"attachment:" + file.stored() + "\">scratch.pdf</a>"), html);
    }

    @Test
    void theSearchRemembersThePageItFound_andThePageViewShowsItAndTheOthers(FxRobot robot) {
        var search = ui.window().viewModel().search();
        robot.interact(() -> search.queryProperty().set("zeppelinoid"));
        eventually(() -> search.pageFound(id, file.stored()).isPresent(), () -> "the search found the page");
        assertEquals(2, search.pageFound(id, file.stored()).orElseThrow());

        // the hit says the page under its note; a click on it opens the note and shows that page
        eventually(() -> robot.lookup(".page-hit").tryQuery().isPresent(), () -> "the hit shows the page");
        robot.clickOn(robot.lookup(".page-hit").queryAs(Node.class));
        eventually(() -> robot.lookup("#pageNumber").tryQuery().isPresent(), () -> "the page view is open");
        assertEquals(
                "Page 2 of 3", robot.lookup("#pageNumber").queryAs(Label.class).getText());
        assertEquals(
                Optional.of(id),
                ui.window().viewModel().note().noteProperty().get().map(Note::id),
                "the note is open behind it");
        robot.interact(() -> robot.lookup("#pageNumber")
                .queryAs(Label.class)
                .getScene()
                .getWindow()
                .hide());

        var opened = new ArrayList<Path>();
        var viewer = new PageViewer(
                ui.stage(), Messages.of(UiLanguage.ENGLISH), ui.library().files(), ui.background(), opened::add);
        robot.interact(() -> viewer.show(file, 2));
        eventually(() -> robot.lookup("#pageNumber").tryQuery().isPresent(), () -> "the page view is open");
        var number = robot.lookup("#pageNumber").queryAs(Label.class);
        assertEquals("Page 2 of 3", number.getText());
        var picture = robot.lookup("#pagePicture").queryAs(ImageView.class);
        eventually(
                () -> picture.getImage() != null && picture.getImage().getWidth() > 500,
                () -> "page 2 drawn at 110 dpi (a Letter page 935 pixels wide)");
        robot.clickOn("#pageNext");
        assertEquals("Page 3 of 3", number.getText());
        assertTrue(robot.lookup("#pageNext").query().isDisabled(), "no page after the last");
        robot.clickOn("#pageOpenInViewer");
        assertEquals(List.of(ui.library().files().path(file)), opened);
    }
}
