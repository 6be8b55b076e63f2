package papernotes.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// KaTeX's fonts, carried inside the page as `data:` addresses, only those a page's formulas can use.
///
/// The note view's WebKit neither reads KaTeX's `woff2` files nor lets a content security policy allow fonts from
/// `jar:` addresses (both measured: the letters fell back to a serif font, so `\mathcal{D}` came out upright and
/// accents sat beside their letters). The `woff` files, inlined, load. All twenty would add 404 KB to every page
/// with math; the regular, italic and delimiter faces (97 KB inlined) are always there, each other face only when
/// the page's TeX names a command drawn in it (`\mathbb` or an AMS symbol, `\mathcal`, `\mathbf`, `\boldsymbol`…).
final class KatexFonts {

    /// One font file, the `@font-face` it makes and the commands that draw in it (`null`: always carried).
    record Face(String file, String family, int weight, String style, Optional<Pattern> commands) {}

    private static final String BOLD = "mathbf|bf|textbf|bfseries|bold|boldsymbol|bm|pmb|mathbfit";
    private static final String ITALIC = "mathit|textit|it|itshape|emph|mathbfit";

    private volatile List<Face> faces = List.of();
    private final Map<String, String> inlined = new ConcurrentHashMap<>();

    /// The faces and what draws in them, made on first use (reading the AMS symbols takes KaTeX's 600 KB source,
    /// which a start without math should not pay for).
    private List<Face> faces() {
        if (faces.isEmpty()) {
            faces = build();
        }
        return faces;
    }

    private static List<Face> build() {
        return List.of(
                face("Main-Regular", "KaTeX_Main", 400, "normal"),
                face("Math-Italic", "KaTeX_Math", 400, "italic"),
                face("Size1-Regular", "KaTeX_Size1", 400, "normal"),
                face("Size2-Regular", "KaTeX_Size2", 400, "normal"),
                face("Size3-Regular", "KaTeX_Size3", 400, "normal"),
                face("Size4-Regular", "KaTeX_Size4", 400, "normal"),
                new Face("AMS-Regular", "KaTeX_AMS", 400, "normal", Optional.of(amsCommands())),
                face("Main-Bold", "KaTeX_Main", 700, "normal", BOLD),
                face("Math-BoldItalic", "KaTeX_Math", 700, "italic", "boldsymbol|bm|pmb|mathbfit"),
                face("Main-Italic", "KaTeX_Main", 400, "italic", ITALIC + "|pounds|mathsterling|dotsc"),
                face(
                        "Main-BoldItalic",
                        "KaTeX_Main",
                        700,
                        "italic",
                        "mathbfit|textbf\\{\\\\textit|textit\\{\\\\textbf"),
                face("Caligraphic-Regular", "KaTeX_Caligraphic", 400, "normal", "mathcal|cal"),
                face(
                        "Caligraphic-Bold",
                        "KaTeX_Caligraphic",
                        700,
                        "normal",
                        "(?:boldsymbol|bm|pmb)\\{\\\\(?:mathcal|cal)"),
                face("Fraktur-Regular", "KaTeX_Fraktur", 400, "normal", "mathfrak|frak"),
                face("Fraktur-Bold", "KaTeX_Fraktur", 700, "normal", "(?:boldsymbol|bm|pmb)\\{\\\\(?:mathfrak|frak)"),
                face("Script-Regular", "KaTeX_Script", 400, "normal", "mathscr"),
                face("SansSerif-Regular", "KaTeX_SansSerif", 400, "normal", "mathsf|textsf|sf|sffamily"),
                face(
                        "SansSerif-Bold",
                        "KaTeX_SansSerif",
                        700,
                        "normal",
                        "mathbfsf|textsf\\{\\\\textbf|textbf\\{\\\\textsf"),
                face(
                        "SansSerif-Italic",
                        "KaTeX_SansSerif",
                        400,
                        "italic",
                        "mathsfit|textsf\\{\\\\textit|textit\\{\\\\textsf"),
                face("Typewriter-Regular", "KaTeX_Typewriter", 400, "normal", "mathtt|texttt|tt|ttfamily|verb"));
    }

    /// A face every page with math may draw in.
    private static Face face(String file, String family, int weight, String style) {
        return new Face(file, family, weight, style, Optional.empty());
    }

    /// A face only TeX using one of `commands` draws in.
    private static Face face(String file, String family, int weight, String style, String commands) {
        return new Face(
                file, family, weight, style, Optional.of(Pattern.compile("\\\\(?:" + commands + ")(?![A-Za-z])")));
    }

    /// The faces a page with this TeX (or HTML carrying it) may draw in.
    List<Face> needed(String tex) {
        return faces().stream()
                .filter(face -> face.commands()
                        .map(commands -> commands.matcher(tex).find())
                        .orElse(true))
                .toList();
    }

    /// `@font-face` rules for the faces a page with this TeX may draw in, each font inlined as a `data:` address.
    String css(String tex) {
        var css = new StringBuilder();
        for (Face face : needed(tex)) {
            css.append("@font-face{font-family:")
                    .append(face.family())
                    .append(";font-style:")
                    .append(face.style())
                    .append(";font-weight:")
                    .append(face.weight())
                    .append(";font-display:block;src:url(data:font/woff;base64,")
                    .append(inlined.computeIfAbsent(face.file(), KatexFonts::base64))
                    .append(") format(\"woff\")}\n");
        }
        return css.toString();
    }

    /// Removes KaTeX's own `@font-face` rules (they name `woff2` and `jar:` files the view cannot use).
    static String withoutFontFaces(String katexCss) {
        return katexCss.replaceAll("@font-face\\{[^}]*}", "");
    }

    private static String base64(String file) {
        var resource = PageAssets.KATEX + "fonts/KaTeX_" + file + ".woff";
        try (InputStream in = Objects.requireNonNull(KatexFonts.class.getResourceAsStream(resource), resource)) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /// What draws in the AMS font: `\mathbb` and the macros made of it (`\R`, `\N`…), and every symbol KaTeX
    /// defines in that font (`\leqslant`, `\triangleq`, `\varnothing`… and the same characters typed as Unicode),
    /// read from the bundled KaTeX so that the list follows its version.
    static Pattern amsCommands() {
        var source = PageAssets.read(PageAssets.KATEX + "katex.js");
        Set<String> names = new LinkedHashSet<>(
                List.of("mathbb", "Bbb", "textbb", "N", "R", "Z", "cnums", "Complex", "natnums", "reals", "Reals"));
        var characters = new StringBuilder("ℝℕℤℚℂ");
        Matcher symbol = Pattern.compile(
                        "defineSymbol\\((?:math|text), ams, \\w+, \"((?:\\\\u[0-9a-fA-F]{4})|[^\"\\\\])\", \"\\\\\\\\([A-Za-z]+)\"")
                .matcher(source);
        while (symbol.find()) {
            names.add(symbol.group(2));
            var character = symbol.group(1);
            characters.append(
                    character.length() == 1
                            ? character
                            : String.valueOf((char) Integer.parseInt(character.substring(2), 16)));
        }
        var alternatives = String.join(
                "|", names.stream().sorted((a, b) -> b.length() - a.length()).toList());
        return Pattern.compile(
                "\\\\(?:" + alternatives + ")(?![A-Za-z])|[" + Pattern.quote(characters.toString()) + "]");
    }
}
