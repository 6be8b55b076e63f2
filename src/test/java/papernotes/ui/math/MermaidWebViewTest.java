package papernotes.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

/// Mermaid diagrams in the real note page in a real WebView: the bundled Mermaid draws a flowchart and a sequence
/// diagram as SVG, in the light and the dark theme (photographed to `target/math-corpus/`).
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MermaidWebViewTest {

    static final String NOTE = """
            The pipeline:

            ```mermaid
            flowchart LR
              A[Face image] --> B{Aligned?}
              B -->|yes| C[Encoder 编码器]
              B -->|no| D[Align] --> C
            ```

            ```mermaid
            sequenceDiagram
              Editor->>Library: save
              Library-->>Index: update
            ```

            and $\\mathcal{L} = \\hat{y}$ beside it.
            """;

    private WebViewPage page;

    @Start
    void start(Stage stage) {
        var view = new WebView();
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
        page = new WebViewPage(view);
    }

    @Test
    void aFlowchartAndASequenceDiagramAreDrawnInBothThemes() throws Exception {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            var header = new NoteHeader("Diagrams", List.of(), List.of(), List.of());
            page.load(new NotePage(new NoteRenderer()).html(header, NOTE, NoteLinks.NONE, theme));
            assertTrue(
                    page.waitFor("document.querySelectorAll('.mermaid svg').length === 2", 30),
                    "two diagrams drawn: " + page.script("document.querySelector('article').innerHTML.slice(0, 500)"));
            page.photograph(SHEETS, "mermaid-" + theme.name().toLowerCase(Locale.ROOT));
            var labels = String.valueOf(page.script(
                    "Array.from(document.querySelectorAll('.mermaid svg .nodeLabel, .mermaid svg .edgeLabel, "
                            + ".mermaid svg text')).map(function (e) { return e.textContent.trim(); }).join('|')"));
            for (String label :
                    List.of("Face image", "Aligned?", "Encoder 编码器", "Align", "yes", "Editor", "Library", "save")) {
                assertTrue(labels.contains(label), label + " in " + labels);
            }
            assertEquals(1, ((Number) page.script("document.querySelectorAll('.math .katex').length")).intValue());
        }
    }

    static final Path SHEETS = MathCorpusWebViewTest.SHEETS;
}
