package papernotes.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/// Formulas from real notes (`math/real-formulas.txt`), shown in the real note page in a real WebView: every one is
/// typeset by KaTeX without an error, nothing of its TeX is left as text, and the math fonts are in use (a
/// `\mathcal` letter is drawn in KaTeX_Caligraphic, not in a fallback font). The rendered corpus is photographed
/// to `target/math-corpus/` to be looked at.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MathCorpusWebViewTest {

    static final Path SHEETS = Path.of("target", "math-corpus");

    /// Per entry: how many math elements it has, how many KaTeX did not typeset, its errors (a parse error, or a
    /// command KaTeX does not know, which it shows in red), and any of its text outside math that still looks like
    /// TeX (a `$` or a backslash command: the Markdown broke the formula).
    static final String ENTRIES = """
            (function () {
              var out = {}, current = null;
              var walker = document.createTreeWalker(document.querySelector('article.note-body'), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.nodeType === 1 && node.tagName === 'CODE' && /^\\u27e6\\d+\\u27e7/.test(node.textContent)) {
                  current = out[node.textContent.match(/\\d+/)[0]] = {math: 0, untypeset: 0, errors: [], leaked: ''};
                } else if (node.nodeType === 1 && current && node.classList.contains('math') && !node.parentElement.closest('.math')) {
                  current.math++;
                  if (!node.querySelector('.katex')) current.untypeset++;
                  node.querySelectorAll('.katex-error').forEach(function (e) { current.errors.push(e.getAttribute('title') || e.textContent); });
                  node.querySelectorAll('.katex .mord.text[style]').forEach(function (e) {
                    if (/cc0000|204, ?0, ?0/i.test(e.getAttribute('style'))) current.errors.push('unknown ' + e.textContent);
                  });
                } else if (node.nodeType === 3 && current && !node.parentElement.closest('.math, code')
                           && /\\$|\\\\[a-zA-Z]+/.test(node.data)) {
                  current.leaked += node.data;
                }
              }
              return JSON.stringify(out);
            })()
            """;

    /// Whether a `\mathcal` letter on the page is drawn in a font other than the fallback one: same text, same
    /// size, once in the page's `.mathcal` style and once in the browser's serif.
    static final String CALIGRAPHIC_DIFFERS = """
            (function () {
              var letter = document.querySelector('.katex .mathcal');
              if (!letter) return 'no \\\\mathcal on the page';
              function width(family) {
                var probe = document.createElement('span');
                probe.textContent = 'DNDNDN';
                probe.style.fontSize = '40px';
                probe.style.position = 'absolute';
                if (family) probe.style.fontFamily = family; else probe.className = 'mathcal';
                (family ? document.body : letter.parentElement).appendChild(probe);
                var w = probe.getBoundingClientRect().width;
                probe.remove();
                return w;
              }
              return width(null) + ' vs ' + width('serif') + ' vs ' + width('sans-serif');
            })()
            """;

    /// Each KaTeX face the typeset glyphs are drawn in (family, weight, style), as `document.fonts` names them.
    static final String USED_FACES = """
            (function () {
              var used = {};
              document.querySelectorAll('.katex-html *').forEach(function (el) {
                for (var child = el.firstChild; child; child = child.nextSibling) {
                  if (child.nodeType === 3 && child.data.trim()) {
                    var style = getComputedStyle(el);
                    var family = style.fontFamily.split(',')[0].replace(/["']/g, '').trim();
                    if (family.indexOf('KaTeX_') === 0) {
                      var weight = style.fontWeight === 'bold' || parseInt(style.fontWeight, 10) >= 600 ? '700' : '400';
                      used[family + ' ' + weight + ' ' + style.fontStyle] = true;
                    }
                  }
                }
              });
              return JSON.stringify(Object.keys(used).sort());
            })()
            """;

    static final String FONTS = """
            (function () {
              var fonts = [];
              document.fonts.forEach(function (f) { fonts.push(f.family + ' ' + f.weight + ' ' + f.style + ': ' + f.status); });
              return JSON.stringify(fonts);
            })()
            """;

    private WebViewPage page;

    @Start
    void start(Stage stage) {
        var view = new WebView();
        stage.setScene(new Scene(view, 900, 1000));
        stage.show();
        page = new WebViewPage(view);
    }

    private MathCorpus corpus;

    private void showCorpus() throws Exception {
        corpus = MathCorpus.read("/math/real-formulas.txt");
        var header = new NoteHeader("Math corpus", List.of(), List.of(), List.of());
        page.load(new NotePage(new NoteRenderer()).html(header, corpus.note(), NoteLinks.NONE, Theme.LIGHT));
        page.waitFor("document.fonts.status === 'loaded'", 20);
    }

    @Test
    void everyRealFormulaIsTypeset() throws Exception {
        showCorpus();
        assertTrue(
                corpus.entries().size() >= 60,
                "at least 60 formulas, has " + corpus.entries().size());
        Map<String, Map<String, Object>> results =
                new ObjectMapper().readValue(String.valueOf(page.script(ENTRIES)), new TypeReference<>() {});
        var failures = new ArrayList<String>();
        for (var entry : corpus.entries()) {
            var result = results.get(String.valueOf(entry.number()));
            var problems = result == null ? List.of("not on the page") : problems(result);
            if (!problems.isEmpty()) {
                failures.add(entry.number() + " " + entry.source() + ": " + String.join("; ", problems));
            }
        }
        System.out.println("Formulas failing: " + failures.size() + " of "
                + corpus.entries().size());
        failures.forEach(failure -> System.out.println("  " + failure));
        assertEquals(
                List.of(), failures, failures.size() + " of " + corpus.entries().size() + " formulas fail");
    }

    private static List<String> problems(Map<String, Object> result) {
        var problems = new ArrayList<String>();
        if (((Number) result.get("math")).intValue() == 0) {
            problems.add("no math");
        }
        if (((Number) result.get("untypeset")).intValue() > 0) {
            problems.add(result.get("untypeset") + " not typeset");
        }
        if (!((List<?>) result.get("errors")).isEmpty()) {
            problems.add("errors " + result.get("errors"));
        }
        if (!String.valueOf(result.get("leaked")).isEmpty()) {
            problems.add("TeX left as text: " + result.get("leaked"));
        }
        return problems;
    }

    @Test
    void theMathFontsReachThePage() throws Exception {
        showCorpus();
        var sheets = page.photograph(SHEETS, "sheet");
        System.out.println(
                "Math corpus sheets: " + sheets.getFirst().toAbsolutePath().getParent() + " (" + sheets.size() + ")");
        var fonts = String.valueOf(page.script(FONTS));
        var caligraphic = String.valueOf(page.script(CALIGRAPHIC_DIFFERS));
        System.out.println("Fonts: " + fonts + "\n\\mathcal widths (page, serif, sans-serif): " + caligraphic);

        List<String> used =
                new ObjectMapper().readValue(String.valueOf(page.script(USED_FACES)), new TypeReference<>() {});
        System.out.println("Faces the glyphs use: " + used);

        assertEquals("loaded", page.script("document.fonts.status"));
        assertTrue(used.size() >= 8, "the corpus uses many faces: " + used);
        for (String face : used) {
            assertTrue(fonts.contains(face + ": loaded"), face + " is used but not loaded: " + fonts);
        }
        assertTrue(
                fonts.contains("KaTeX_Main 400 normal: loaded")
                        && fonts.contains("KaTeX_Math 400 italic: loaded")
                        && fonts.contains("KaTeX_Caligraphic 400 normal: loaded"),
                fonts);
        assertTrue(!fonts.contains(": error"), "a math font failed to load: " + fonts);
        var widths = caligraphic.split(" vs ");
        assertEquals(3, widths.length, caligraphic);
        assertTrue(
                !widths[0].equals(widths[1]) && !widths[0].equals(widths[2]),
                "\\mathcal is drawn in a fallback font: " + caligraphic);
    }
}
