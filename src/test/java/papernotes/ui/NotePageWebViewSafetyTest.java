package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.markdown.NoteHeader;
import papernotes.markdown.NoteLinks;
import papernotes.markdown.NotePage;
import papernotes.markdown.NoteRenderer;
import papernotes.model.Theme;

/// Every XSS vector of the corpus, placed in a note's body, title, tags and links, is loaded into a real WebView with
/// JavaScript on (the page's own KaTeX and highlight.js run): no alert, confirm, prompt or pop-up happens and the
/// page navigates nowhere. A control page without our pipeline shows that the hooks do catch a script.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NotePageWebViewSafetyTest {

    private WebView view;
    private final AtomicInteger executions = new AtomicInteger();
    private final AtomicInteger navigations = new AtomicInteger();

    @Start
    void start(Stage stage) {
        view = new WebView();
        var engine = view.getEngine();
        engine.setOnAlert(event -> executions.incrementAndGet());
        engine.setConfirmHandler(message -> {
            executions.incrementAndGet();
            return false;
        });
        engine.setPromptHandler(data -> {
            executions.incrementAndGet();
            return null;
        });
        engine.setCreatePopupHandler(features -> {
            executions.incrementAndGet();
            return null;
        });
        engine.locationProperty().addListener((property, before, after) -> {
            if (after != null && !after.isEmpty() && !after.equals("about:blank")) {
                navigations.incrementAndGet();
            }
        });
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private void load(String html) throws Exception {
        var done = new CompletableFuture<Void>();
        Platform.runLater(() -> {
            var engine = view.getEngine();
            engine.getLoadWorker().stateProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(
                        ObservableValue<? extends Worker.State> property, Worker.State before, Worker.State after) {
                    if (after == Worker.State.SUCCEEDED || after == Worker.State.FAILED) {
                        property.removeListener(this);
                        done.complete(null);
                    }
                }
            });
            engine.loadContent(html);
        });
        done.get(30, TimeUnit.SECONDS);
        Thread.sleep(60);
        var settled = new CompletableFuture<Void>();
        Platform.runLater(() -> settled.complete(null));
        settled.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theHooksCatchAScriptOnAPageWithoutOurPipeline() throws Exception {
        load("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertEquals(1, executions.get());
    }

    @Test
    void noVectorRunsOrNavigatesInTheNoteView() throws Exception {
        var page = new NotePage(new NoteRenderer());
        var vectors = new ArrayList<>(papernotesVectors());
        for (String vector : vectors) {
            var header = new NoteHeader(
                    vector, List.of(vector), List.of(vector), List.of(new NoteHeader.Link(vector, vector)));
            load(page.html(header, vector + "\n\n$x^2$\n\n```js\nlet a = 1;\n```\n", NoteLinks.NONE, Theme.LIGHT));
        }
        assertTrue(vectors.size() >= 40);
        assertEquals(0, executions.get(), "scripts ran");
        assertEquals(0, navigations.get(), "the page navigated");
    }

    /// Diagrams that try HTML labels, click handlers, `javascript:` links and an `%%{init}%%` asking for Mermaid's
    /// loose security level: drawn, then every node and link clicked; nothing runs, nothing navigates.
    @Test
    void noMermaidDiagramRunsOrNavigates() throws Exception {
        var note = """
                ```mermaid
                flowchart LR
                  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(2)</script>"]
                  click A call alert(3)
                  click B "javascript:alert(4)"
                ```

                ```mermaid
                %%{init: {"securityLevel": "loose", "startOnLoad": true}}%%
                flowchart LR
                  C["<a href='javascript:alert(5)'>x</a>"] --> D
                  click C href "javascript:alert(6)"
                  click D callback "alert(7)"
                ```

                ```mermaid
                sequenceDiagram
                  Alice->>Bob: <img src=x onerror=alert(8)>
                  link Alice: Evil @ javascript:alert(9)
                ```
                """;
        var header = new NoteHeader("Diagrams", List.of(), List.of(), List.of());
        load(new NotePage(new NoteRenderer()).html(header, note, NoteLinks.NONE, Theme.LIGHT));
        var drawn = new CompletableFuture<Boolean>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!drawn.isDone()) {
            var count = new CompletableFuture<Object>();
            Platform.runLater(() ->
                    count.complete(view.getEngine().executeScript("document.querySelectorAll('.mermaid svg').length")));
            if (((Number) count.get(30, TimeUnit.SECONDS)).intValue() == 3 || System.nanoTime() > end) {
                drawn.complete(true);
            }
            Thread.sleep(100);
        }
        var clicked = new CompletableFuture<Object>();
        Platform.runLater(() -> clicked.complete(view.getEngine().executeScript("""
                (function () {
                  var n = 0;
                  document.querySelectorAll('.mermaid svg .node, .mermaid svg a, .mermaid svg text, .mermaid svg .actor').forEach(function (e) {
                    e.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); n++;
                  });
                  return n + ' clicked, ' + document.querySelectorAll('.mermaid svg').length + ' drawn';
                })()
                """)));
        var report = String.valueOf(clicked.get(30, TimeUnit.SECONDS));
        Thread.sleep(300);
        assertTrue(report.endsWith("3 drawn") && !report.startsWith("0 "), report);
        assertEquals(0, executions.get(), "scripts ran");
        assertEquals(0, navigations.get(), "the page navigated");
    }

    private static List<String> papernotesVectors() throws IOException {
        try (var in = NotePageWebViewSafetyTest.class.getResourceAsStream("/markdown/xss-vectors.txt")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var vectors =
                    new ArrayList<String>(text.lines().filter(l -> !l.isBlank()).toList());
            vectors.add(text);
            return vectors;
        }
    }
}
