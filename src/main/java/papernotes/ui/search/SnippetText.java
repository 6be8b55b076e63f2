package papernotes.ui.search;

import java.util.ArrayList;
import java.util.List;

/// A search snippet (HTML-escaped text with `<mark>…</mark>` around matches) as plain pieces for text nodes: no
/// HTML ever reaches a JavaFX control, so nothing in a note can be interpreted as markup.
public final class SnippetText {

    /// A run of text, marked when it matched the query.
    public record Piece(String text, boolean marked) {}

    private SnippetText() {}

    public static List<Piece> pieces(String snippet) {
        var pieces = new ArrayList<Piece>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf("<mark>", at);
            if (open < 0) {
                add(pieces, snippet.substring(at), false);
                break;
            }
            add(pieces, snippet.substring(at, open), false);
            int close = snippet.indexOf("</mark>", open);
            int end = close < 0 ? snippet.length() : close;
            add(pieces, snippet.substring(open + "<mark>".length(), end), true);
            at = close < 0 ? snippet.length() : close + "</mark>".length();
        }
        return pieces;
    }

    private static void add(List<Piece> pieces, String escaped, boolean marked) {
        var text = unescape(escaped).replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, marked));
        }
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
