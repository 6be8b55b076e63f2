package papernotes.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/// Formats the best passages of a note's text as separate snippets: HTML-escaped, matches in `<mark>`, line
/// breaks as spaces, overlapping matches (neighbouring Chinese bigrams) merged into one mark.
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        var snippets = new ArrayList<String>();
        for (Passage passage : passages) {
            var out = new StringBuilder();
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], pos);
                int end = passage.getMatchEnds()[i];
                if (end <= pos) {
                    continue;
                }
                // merge with the following matches that overlap or touch
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                if (start > pos) {
                    escape(content, pos, start, out);
                }
                out.append("<mark>");
                escape(content, start, end, out);
                out.append("</mark>");
                pos = end;
            }
            escape(content, pos, passage.getEndOffset(), out);
            var text = out.toString().strip();
            if (!text.isEmpty()) {
                snippets.add(text);
            }
        }
        return List.copyOf(snippets);
    }

    static void escape(String content, int start, int end, StringBuilder out) {
        for (int i = start; i < Math.min(end, content.length()); i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
