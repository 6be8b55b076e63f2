package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import papernotes.search.analysis.NoteAnalyzers;

/// Turns a page of top docs into [SearchHit]s: each note's id and score, and, when the texts of the hits are given,
/// up to [#SNIPPETS] snippets of about [#SNIPPET_LENGTH] characters with the matched words marked, and the labels it
/// matched ([LabelMatcher]).
final class HitAssembler {

    static final int SNIPPETS = 2;
    static final int SNIPPET_LENGTH = 110;

    private final NoteAnalyzers analyzers;
    private final NoteDocuments documents;

    HitAssembler(NoteAnalyzers analyzers, NoteDocuments documents) {
        this.analyzers = analyzers;
        this.documents = documents;
    }

    /// The page's hits; with their snippets when `texts` gives their text (the index keeps none: the highlighter
    /// analyses the text of each hit again, which for a page of hits costs less than storing every note twice).
    /// `labelled` is the query whose words are looked for in the labels (without the bonus for words close
    /// together).
    // NONE is a sentinel: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    List<SearchHit> hits(IndexSearcher searcher, Query query, Query labelled, TopDocs top, NoteTexts texts)
            throws IOException {
        var ids = new ArrayList<String>();
        for (ScoreDoc doc : top.scoreDocs) {
            ids.add(NoteSearcher.id(searcher, doc.doc));
        }
        var found = ids.isEmpty() || texts == NoteTexts.NONE ? Map.<String, HitText>of() : texts.texts(ids);
        if (found.isEmpty()) {
            return withoutSnippets(top, ids);
        }
        var byDoc = new HashMap<Integer, String>();
        for (int i = 0; i < ids.size(); i++) {
            byDoc.put(
                    top.scoreDocs[i].doc,
                    Optional.ofNullable(found.get(ids.get(i)))
                            .map(HitText::text)
                            .orElse(""));
        }
        var labels = new LabelMatcher(labelled, analyzers, documents);
        var builder = highlighter(searcher, analyzers);
        var snippets = new PassageHighlighter(builder, byDoc)
                .passages(new String[] {Fields.BODY}, query, docIds(top), new int[] {SNIPPETS})
                .get(Fields.BODY);
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            @SuppressWarnings("unchecked")
            var passages = snippets == null || snippets[i] == null ? List.<String>of() : (List<String>) snippets[i];
            var matched = Optional.ofNullable(found.get(ids.get(i)))
                    .map(labels::matches)
                    .orElse(List.of());
            if (!matched.isEmpty() && passages.stream().noneMatch(passage -> passage.contains("<mark>"))) {
                // found through its labels alone: the first lines of its text would not say why
                passages = List.of();
            }
            hits.add(new SearchHit(ids.get(i), top.scoreDocs[i].score, passages, matched));
        }
        return hits;
    }

    /// The highlighter of snippets of [#SNIPPET_LENGTH] characters from the body (of a note or of a page).
    static UnifiedHighlighter.Builder highlighter(IndexSearcher searcher, NoteAnalyzers analyzers) {
        return UnifiedHighlighter.builder(searcher, analyzers.gramIndex())
                .withBreakIterator(
                        () -> LengthGoalBreakIterator.createClosestToLength(new SnippetBreaks(), SNIPPET_LENGTH, 0.5f))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withFieldMatcher(Fields.BODY::equals);
    }

    private static List<SearchHit> withoutSnippets(TopDocs top, List<String> ids) {
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < ids.size(); i++) {
            hits.add(new SearchHit(ids.get(i), top.scoreDocs[i].score, List.of(), List.of()));
        }
        return hits;
    }

    private static int[] docIds(TopDocs top) {
        var ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        return ids;
    }
}
