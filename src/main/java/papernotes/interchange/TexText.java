package papernotes.interchange;

import java.text.Normalizer;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/// Text inside BibTeX fields: escaping TeX's special characters on the way out, and decoding LaTeX (braces,
/// accents such as `{\"o}`, `\&`, dashes) to plain Unicode on the way in.
final class TexText {

    private TexText() {}

    /// `text` with `\ { } $ & % # _ ^ ~` escaped so that TeX prints it as written; other characters (Chinese too)
    /// stay as they are (biber and bibtex8 read UTF-8).
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /// A link or DOI as a field value: kept verbatim (biblatex reads `url` and `doi` verbatim), except that braces
    /// and backslashes, which would end or break the field, are percent-encoded.
    static String verbatim(String text) {
        return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    /// LaTeX in a field value as plain text, whitespace collapsed, in Unicode NFC. Math delimiters are dropped;
    /// what the LaTeX reader cannot read loses its braces and backslashes instead.
    static String decode(String latex) {
        var protectedText = latex;
        for (String[] escape : ESCAPES) {
            protectedText = protectedText.replace(escape[0], escape[1]);
        }
        protectedText = protectedText.replace("$", "");
        // the pieces between escaped characters are read as LaTeX one by one; the escaped characters go in as text
        var text = new StringBuilder();
        var piece = new StringBuilder();
        for (int i = 0; i < protectedText.length(); i++) {
            char c = protectedText.charAt(i);
            if (c >= '\uE000' && c <= '\uE009') {
                text.append(latex(piece.toString())).append(ESCAPES[c - '\uE000'][2]);
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        text.append(latex(piece.toString()));
        return Normalizer.normalize(text.toString().replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
    }

    private static String latex(String piece) {
        if (piece.isBlank()) {
            return piece;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(piece));
        } catch (ParseException | RuntimeException e) {
            return piece.replaceAll("\\\\[A-Za-z]+\\s*", "")
                    .replaceAll("\\\\(.)", "$1")
                    .replaceAll("[{}]", "");
        }
    }

    /// Escaped characters, kept out of the LaTeX reader's way as private-use characters: escape, stand-in, text.
    private static final String[][] ESCAPES = {
        {"\\textbackslash{}", "\uE000", "\\"},
        {"\\textasciicircum{}", "\uE001", "^"},
        {"\\textasciitilde{}", "\uE002", "~"},
        {"\\{", "\uE003", "{"},
        {"\\}", "\uE004", "}"},
        {"\\$", "\uE005", "$"},
        {"\\&", "\uE006", "&"},
        {"\\%", "\uE007", "%"},
        {"\\#", "\uE008", "#"},
        {"\\_", "\uE009", "_"}
    };
}
