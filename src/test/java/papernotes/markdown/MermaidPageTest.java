package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import papernotes.model.Theme;

/// A ```` ```mermaid ```` block is handed to the bundled Mermaid as text; the script comes only with such a block,
/// allowed by its hash, and runs with `securityLevel: 'strict'`.
class MermaidPageTest {

    private final NotePage page = new NotePage(new NoteRenderer());
    private final NoteHeader header = new NoteHeader("Diagram", List.of(), List.of(), List.of());

    @Test
    void aMermaidBlockIsItsTextForMermaid() {
        var body =
                new NoteRenderer().render("```mermaid\nflowchart LR\n  A[<b>Start</b>] --> B\n```\n", NoteLinks.NONE);
        assertEquals(
                "<div class=\"mermaid\">\nflowchart LR\n  A[&lt;b&gt;Start&lt;/b&gt;] --&gt; B\n</div>", body.strip());
    }

    @Test
    void thePageCarriesMermaidOnlyWithADiagram() {
        var html = page.html(header, "```mermaid\nflowchart LR\n  A --> B\n```\n", NoteLinks.NONE, Theme.LIGHT);
        var document = Jsoup.parse(html);
        var policy = document.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        var scripts = document.select("script");
        assertEquals(3, scripts.size(), "Mermaid, its start, and find in the note");
        for (var script : scripts) {
            assertTrue(policy.contains(PageAssets.hash(script.data())), "every script allowed by its hash");
        }
        assertTrue(scripts.get(1).data().contains("securityLevel: 'strict'"));
        assertFalse(html.contains("@font-face"), "no math, no math fonts");

        var plain = page.html(header, "```js\nlet mermaid = 1;\n```\n\nflowchart LR", NoteLinks.NONE, Theme.LIGHT);
        assertFalse(plain.contains("mermaid.initialize"), "no diagram, no Mermaid");
        assertTrue(plain.length() < 200_000, "a page without a diagram stays small: " + plain.length());
    }

    @Test
    void noBundledScriptEndsTheScriptElementEarly() {
        var assets = new PageAssets();
        for (String script : List.of(
                assets.katexScript,
                assets.mhchem().text(),
                assets.mermaid().text(),
                assets.highlightScript,
                PageAssets.INIT,
                PageAssets.MERMAID_INIT)) {
            assertFalse(script.toLowerCase(Locale.ROOT).contains("</script"));
        }
    }
}
