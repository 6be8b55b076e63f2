package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/// Exposes the per-document objects of [SnippetFormatter] (lists of snippets) rather than joined strings, and
/// reads each hit's text from the library's answer instead of the index.
final class PassageHighlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;

    PassageHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> texts) {
        super(builder);
        this.texts = texts;
    }

    Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        var values = new ArrayList<CharSequence[]>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            var text = texts.getOrDefault(doc, "");
            var row = new CharSequence[fields.length];
            Arrays.fill(row, text);
            values.add(row);
        }
        return values;
    }
}
