package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import papernotes.search.analysis.NoteAnalyzers;

/// Answers searches over a [NoteIndex]: parses the query, ranks the notes with all its words first and, when they
/// do not fill the page (or there are none), follows them with the notes that have some of them; when nothing
/// matches every word as typed, tries them allowing typos, then most of them. Each query is run by a [QueryRunner]
/// (BM25 with field weights, bonuses for a named title and for words close together, ties broken by the most
/// recently updated, then by id), which makes the hits and their snippets ([HitAssembler]).
final class NoteSearcher {

    /// Added to the notes that have all the words: far above what any words score, so they rank first (multiplied
    /// by the lowest [Focus], still).
    static final float ALL_WORDS_FIRST = 1000f;
    static final int SHORT_QUERY_WORDS = 8;

    /// Which of some notes are in the index and within a request's topic and tag.
    interface Allowed {
        Set<String> among(Set<String> ids, SearchRequest request);
    }

    private final NoteIndex index;
    private final QueryRunner runner;

    NoteSearcher(NoteIndex index, NoteAnalyzers analyzers, NoteDocuments documents) {
        this.index = index;
        this.runner = new QueryRunner(index, analyzers, documents);
    }

    /// Which of `ids` are notes in the index (not in the trash) within the request's topic and tag.
    Set<String> among(Set<String> ids, SearchRequest request) {
        var builder = new BooleanQuery.Builder()
                .add(
                        new TermInSetQuery(
                                Fields.ID, ids.stream().map(BytesRef::new).toList()),
                        Occur.MUST);
        runner.filters(request).forEach(filter -> builder.add(filter, Occur.FILTER));
        var query = builder.build();
        return index.withSearcher(searcher -> {
            var found = new HashSet<String>();
            for (ScoreDoc doc : searcher.search(query, Math.max(1, ids.size())).scoreDocs) {
                found.add(id(searcher, doc.doc));
            }
            return found;
        });
    }

    SearchResults search(SearchRequest request, QueryFactory exact, QueryFactory tolerant, NoteTexts texts) {
        try {
            return searchAsTyped(request, exact, tolerant, texts);
        } catch (IndexSearcher.TooManyClauses e) {
            var words = request.query().strip().split("\\s+");
            var shorter = String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, SHORT_QUERY_WORDS)));
            var notice = "The query has too many words and synonyms to search at once; its first " + SHORT_QUERY_WORDS
                    + " words were searched.";
            try {
                var results = searchAsTyped(
                        new SearchRequest(
                                shorter.length() > 200 ? shorter.substring(0, 200) : shorter,
                                request.limit(),
                                request.topicPath(),
                                request.tag(),
                                request.snippets()),
                        exact,
                        tolerant,
                        texts);
                var notices = new ArrayList<>(results.notices());
                notices.addFirst(notice);
                return new SearchResults(
                        results.total(), results.hits(), results.expanded(), results.relaxed(), notices);
            } catch (IndexSearcher.TooManyClauses again) {
                return SearchResults.empty(List.of("The query is too complex to search; use fewer words."));
            }
        }
    }

    /// Tries, until one finds something: every word as written; every word allowing typos; most of the words.
    // Which of the two queries was tried: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private SearchResults searchAsTyped(
            SearchRequest request, QueryFactory exact, QueryFactory tolerant, NoteTexts texts) {
        var parsed = new QuerySyntax().parse(request.query());
        if (parsed.root().isEmpty()) {
            var notices = new ArrayList<>(parsed.notices());
            if (!request.query().isBlank()) {
                notices.add(
                        "There is nothing to search for in this query; type a word, a Chinese term or an identifier.");
            }
            return SearchResults.empty(notices);
        }
        var root = parsed.root().get();
        if (exact.asks(request.query())) {
            return answer(request, parsed, root, exact, tolerant, texts);
        }
        var strict = exact.build(root, true);
        var result = runner.run(request, root, strict.query(), exact, texts);
        boolean relaxed = false;
        var expanded = strict.expanded();
        var tried = strict.query();
        if (result.total() == 0) {
            var typos = tolerant.build(root, true);
            if (!typos.query().equals(tried)) {
                result = runner.run(request, root, typos.query(), tolerant, texts);
                expanded = typos.expanded();
                tried = typos.query();
            }
        }
        if (result.total() == 0) {
            var loose = tolerant.build(root, false);
            var looseResult =
                    loose.query().equals(tried) ? result : runner.run(request, root, loose.query(), tolerant, texts);
            if (looseResult.total() > 0) {
                result = looseResult;
                relaxed = true;
                expanded = loose.expanded();
            }
        }
        // too few notes with all the words to fill the page: those with some of them follow (unless the query asks
        // for something precise: a phrase, a field, alternatives)
        Optional<String> partial = Optional.empty();
        if (result.total() > 0 && result.hits().size() < request.limit() && plainWords(root)) {
            var factory = tried == strict.query() ? exact : tolerant;
            var loose = factory.build(root, false);
            if (!loose.query().equals(tried)) {
                var filled = runner.run(request, root, allWordsFirst(loose.query(), tried), factory, texts);
                if (filled.hits().size() > result.hits().size()) {
                    partial = Optional.of(result.total() + (result.total() == 1 ? " note contains" : " notes contain")
                            + " all the words; the others contain some of them.");
                    result = filled;
                }
            }
        }
        var notices = new ArrayList<>(parsed.notices());
        if (relaxed) {
            notices.add("No note contains all the words; showing the notes that contain most of them.");
        }
        partial.ifPresent(notices::add);
        result = runner.withSimilar(request, result);
        return new SearchResults(result.total(), result.hits(), expanded, relaxed, notices);
    }

    /// A question rarely has all its words in one note: the notes with all of them come first
    /// ([#ALL_WORDS_FIRST]), then the notes with most of them; typos are allowed only when that finds nothing.
    private SearchResults answer(
            SearchRequest request,
            QuerySyntax.Parsed parsed,
            QueryNode root,
            QueryFactory exact,
            QueryFactory tolerant,
            NoteTexts texts) {
        var all = exact.build(root, true, true);
        // when the notes with every word fill the page, the notes with most of them would only follow: scoring
        // them too cost a question at 100,000 notes several times a plain query (docs/benchmarks.md)
        var complete = runner.run(request, root, all.query(), exact, texts);
        if (complete.hits().size() >= request.limit()) {
            return new SearchResults(complete.total(), complete.hits(), all.expanded(), false, parsed.notices());
        }
        var most = exact.build(root, false, true);
        var result = runner.run(request, root, allWordsFirst(most.query(), all.query()), exact, texts);
        var expanded = most.expanded();
        if (result.total() == 0) {
            var typos = tolerant.build(root, false, true);
            result = runner.run(request, root, typos.query(), tolerant, texts);
            expanded = typos.expanded();
        }
        result = runner.withSimilar(request, result);
        return new SearchResults(result.total(), result.hits(), expanded, false, parsed.notices());
    }

    /// The notes that match `most`, those that match `all` first ([#ALL_WORDS_FIRST]).
    private static Query allWordsFirst(Query most, Query all) {
        return new BooleanQuery.Builder()
                .add(most, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(all), ALL_WORDS_FIRST), Occur.SHOULD)
                .build();
    }

    /// A hit's note id, from its doc values (reading the stored document would decompress its body too).
    static String id(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var ids = leaf.reader().getSortedDocValues(Fields.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            throw new IOException("The index has a document without an id");
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /// Whether the query is words, and words to leave out, only.
    private static boolean plainWords(QueryNode node) {
        return switch (node) {
            case QueryNode.Word word -> true;
            case QueryNode.Not not -> true;
            case QueryNode.All all -> all.nodes().stream().allMatch(NoteSearcher::plainWords);
            case QueryNode.Phrase phrase -> false;
            case QueryNode.Scoped scoped -> false;
            case QueryNode.Any any -> false;
        };
    }
}
