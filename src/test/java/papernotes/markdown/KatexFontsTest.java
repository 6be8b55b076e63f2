package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import papernotes.model.Theme;

/// The math fonts travel inside the page (the view's WebKit reads neither `woff2` nor `jar:` fonts under the page's
/// policy), and only the faces the page's formulas can draw in.
class KatexFontsTest {

    private final KatexFonts fonts = new KatexFonts();

    private List<String> needed(String tex) {
        return fonts.needed(tex).stream().map(KatexFonts.Face::file).toList();
    }

    @Test
    void everyFormulaGetsTheRegularItalicAndDelimiterFacesOnly() {
        assertEquals(
                List.of(
                        "Main-Regular",
                        "Math-Italic",
                        "Size1-Regular",
                        "Size2-Regular",
                        "Size3-Regular",
                        "Size4-Regular"),
                needed("x^2 + \\frac{1}{2} \\left( \\sum_i y_i \\right)"));
    }

    @Test
    void eachOtherFaceComesWithTheCommandsDrawnInIt() {
        assertTrue(needed("\\mathbb{E}_x").contains("AMS-Regular"));
        assertTrue(needed("x \\in \\R^n").contains("AMS-Regular"));
        assertTrue(needed("a \\leqslant b").contains("AMS-Regular"), "an AMS symbol, read from the bundled KaTeX");
        assertTrue(needed("a ≜ b").contains("AMS-Regular"), "the same symbol typed as Unicode");
        assertFalse(needed("\\mathrm{KL}(q \\| p)").contains("AMS-Regular"));
        assertTrue(needed("\\mathcal{D}").contains("Caligraphic-Regular"));
        assertFalse(needed("\\mathcalx").contains("Caligraphic-Regular"), "a command is matched whole");
        assertTrue(needed("\\boldsymbol{\\theta}").containsAll(List.of("Math-BoldItalic", "Main-Bold")));
        assertTrue(needed("\\mathbf{W}").contains("Main-Bold"));
        assertTrue(needed("\\mathfrak{R}").contains("Fraktur-Regular"));
        assertTrue(needed("\\texttt{x}").contains("Typewriter-Regular"));
    }

    @Test
    void aPageWithMathCarriesItsFontsInlineAndNoFontAddress() {
        var html = new NotePage(new NoteRenderer())
                .html(
                        new NoteHeader("t", List.of(), List.of(), List.of()),
                        "$\\mathcal{N}(\\mu, \\sigma^2)$",
                        NoteLinks.NONE,
                        Theme.LIGHT);
        assertTrue(html.contains("font-src data:;"));
        assertTrue(
                html.contains("@font-face{font-family:KaTeX_Caligraphic;font-style:normal;font-weight:400;"
                        + "font-display:block;src:url(data:font/woff;base64,d09G"),
                html.replaceAll("base64,[A-Za-z0-9+/=]+", "…")
                        .replaceAll("(?s)<script>.*?</script>", "")
                        .replaceAll("(?s)<style>.*?@font", "@font"));
        var withoutData = html.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,…");
        assertFalse(
                withoutData.contains("woff2") || withoutData.contains("jar:") || withoutData.contains("url(fonts/"),
                withoutData.replaceAll("(?s)<script>.*?</script>", ""));
        assertFalse(html.contains("@font-face{font-family:KaTeX_AMS"), "no \\mathbb, no AMS symbol");
    }

    @Test
    void aPageWithoutMathCarriesNoFont() {
        var html = new NotePage(new NoteRenderer())
                .html(
                        new NoteHeader("t", List.of(), List.of(), List.of()),
                        "Price: $5 and $6, \\mathcal in prose",
                        NoteLinks.NONE,
                        Theme.LIGHT);
        assertFalse(html.contains("@font-face"));
    }
}
