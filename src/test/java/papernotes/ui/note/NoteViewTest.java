package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Clicking links in the note view: a note link opens the note, a web link goes to the browser, anything else
/// does nothing, and the note stays shown.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NoteViewTest {

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> browsed = new CopyOnWriteArrayList<>();
    private final List<String> tags = new CopyOnWriteArrayList<>();
    private final List<String> attachments = new CopyOnWriteArrayList<>();
    private NoteView view;

    @Start
    void start(Stage stage) {
        var page = new SimpleStringProperty("<!DOCTYPE html><html><body><p id=text>笔记正文</p>"
                + "<a id=note href=\"note:k3v9x2mq\">GPEN</a> <a id=web href=\"https://example.com/paper\">paper</a> "
                + "<a id=other href=\"ftp://example.com/x\">ftp</a> <a id=tag href=\"tag:%E8%B6%85%E5%88%86%20SR\">#超分 SR</a>"
                + " <a id=file href=\"attachment:paper%201.pdf\">PDF</a></body></html>");
        view = new NoteView(page, new NoteView.Links() {
            @Override
            public void web(String address) {
                browsed.add(address);
            }

            @Override
            public void note(String id) {
                opened.add(id);
            }

            @Override
            public void tag(String tag) {
                tags.add(tag);
            }

            @Override
            public void attachment(String name) {
                attachments.add(name);
            }
        });
        stage.setScene(new Scene(view.root(), 600, 400));
        stage.show();
    }

    private void click(String id) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.webView()
                                        .getEngine()
                                        .executeScript("document.getElementById('" + id + "') != null"))
                                .get()
                        == Boolean.TRUE);
        WaitForAsyncUtils.asyncFx(
                        () -> view.webView().getEngine().executeScript("document.getElementById('" + id + "').click()"))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.webView()
                                        .getEngine()
                                        .executeScript("document.getElementById('text') != null"))
                                .get()
                        == Boolean.TRUE);
        return String.valueOf(WaitForAsyncUtils.asyncFx(
                        () -> view.webView().getEngine().executeScript("document.getElementById('text').textContent"))
                .get());
    }

    @Test
    void noteLinksOpenNotesWebLinksOpenTheBrowserAndTheNoteStays() throws Exception {
        click("note");
        assertEquals(List.of("k3v9x2mq"), opened);
        assertEquals("笔记正文", text());
        click("web");
        assertEquals(List.of("https://example.com/paper"), browsed);
        assertEquals("笔记正文", text());
        click("other");
        assertEquals(List.of("https://example.com/paper"), browsed);
        assertEquals(List.of("k3v9x2mq"), opened);
        assertEquals("笔记正文", text());
    }

    /// The header's tag chips filter the list by their tag; a link to an attachment opens it.
    @Test
    void tagChipsAndAttachmentLinksAreHandedToTheWindow() throws Exception {
        click("tag");
        assertEquals(List.of("超分 SR"), tags);
        click("file");
        assertEquals(List.of("paper 1.pdf"), attachments);
        assertEquals("笔记正文", text());
        assertEquals(List.of(), browsed);
    }
}
