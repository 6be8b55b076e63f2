package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import papernotes.search.analysis.NoteAnalyzers;

/// Runs one query of a search ([NoteSearcher]) over a [NoteIndex]: adds a large bonus when the query names a note's
/// title or alias, a smaller one for each title named among its words and, to the best matches, a bonus when the
/// words occur close together; keeps to the request's topic and tag; ranks by score, ties broken by the most
/// recently updated, then by id (so the order never depends on where a note sits in the index); and makes the
/// page's hits ([HitAssembler]).
final class QueryRunner {

    static final float TITLE_NAMED_BOOST = 40f;
    static final float PROXIMITY_BOOST = 1.5f;
    static final float TITLE_IN_QUERY_BOOST = 8f;
    static final int LONGEST_TITLE_WORDS = 4;
    /// How many of the best matches the bonus for words close together may reorder.
    static final int RESCORED = 100;

    /// How many notes matched, and the page's hits.
    record Found(int total, List<SearchHit> hits) {}

    private final NoteIndex index;
    private final NoteAnalyzers analyzers;
    private final NoteDocuments documents;
    private final HitAssembler hits;

    QueryRunner(NoteIndex index, NoteAnalyzers analyzers, NoteDocuments documents) {
        this.index = index;
        this.analyzers = analyzers;
        this.documents = documents;
        this.hits = new HitAssembler(analyzers, documents);
    }

    Found run(SearchRequest request, QueryNode root, Query main, QueryFactory factory, NoteTexts texts) {
        var builder = new BooleanQuery.Builder().add(main, Occur.MUST);
        var key = documents.exactKey(request.query());
        if (!key.isEmpty()) {
            builder.add(new BoostQuery(factory.titleExact(key), TITLE_NAMED_BOOST), Occur.SHOULD);
        }
        boolean severalWords = countsWords(root) > 1;
        Optional<Query> proximity = severalWords
                ? Optional.of(new BoostQuery(factory.proximity(positiveText(root)), PROXIMITY_BOOST))
                : Optional.empty();
        if (severalWords) {
            for (String named : namedTitles(positiveText(root))) {
                builder.add(new BoostQuery(factory.titleExact(named), TITLE_IN_QUERY_BOOST), Occur.SHOULD);
            }
        }
        filters(request).forEach(filter -> builder.add(filter, Occur.FILTER));
        var built = Focus.applied(builder.build());
        return index.withSearcher(searcher -> {
            // rewritten once, for the search and the snippets: a word allowing typos becomes the words of the index
            // it matched, so snippets mark those without building an automaton of every spelling again
            var query = searcher.rewrite(built);
            var highlighted = proximity
                    .<Query>map(bonus -> new BooleanQuery.Builder()
                            .add(query, Occur.MUST)
                            .add(bonus, Occur.SHOULD)
                            .build())
                    .orElse(query);
            TopDocs top = best(searcher, query, proximity, request.limit());
            return new Found(
                    (int) top.totalHits.value(),
                    hits.hits(searcher, highlighted, query, top, request.snippets() ? texts : NoteTexts.NONE));
        });
    }

    /// The best `limit` notes by score, ties going to the most recently updated (then to the id). Every match is
    /// counted as it is collected (one pass: counting apart ran the whole query again). The bonus for words close
    /// together is added to the best [#RESCORED] candidates only (a sloppy phrase over every match cost more than
    /// any other clause); the ties are ordered among them.
    private static TopDocs best(IndexSearcher searcher, Query query, Optional<Query> proximity, int limit)
            throws IOException {
        int window = Math.max(limit * 2, RESCORED);
        var top = searcher.search(query, new TopScoreDocCollectorManager(window, Integer.MAX_VALUE));
        if (proximity.isPresent() && top.scoreDocs.length > 0) {
            top = QueryRescorer.rescore(searcher, top, proximity.get(), 1, window);
        }
        var leaves = searcher.getIndexReader().leaves();
        record Candidate(ScoreDoc doc, long updated, String id) {}
        var candidates = new ArrayList<Candidate>();
        // rescored, the candidates are in score order: ties are ordered among twice the page, as without the bonus
        for (ScoreDoc doc : Arrays.copyOf(top.scoreDocs, Math.min(top.scoreDocs.length, limit * 2))) {
            var leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            var updated = leaf.reader().getNumericDocValues(Fields.UPDATED);
            long time = updated != null && updated.advanceExact(doc.doc - leaf.docBase) ? updated.longValue() : 0;
            candidates.add(new Candidate(doc, time, NoteSearcher.id(searcher, doc.doc)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.doc().score)
                .reversed()
                .thenComparing(Candidate::updated, Comparator.reverseOrder())
                .thenComparing(Candidate::id));
        var page = candidates.stream().limit(limit).map(Candidate::doc).toArray(ScoreDoc[]::new);
        return new TopDocs(top.totalHits, page);
    }

    /// The word matches followed, when the request has a meaning vector and the page has room, by the notes of
    /// similar meaning that are not among them ([Meanings]).
    Found withSimilar(SearchRequest request, Found words) {
        if (words.hits().size() >= request.limit()) {
            return words;
        }
        var meaning = request.meaning().get();
        if (meaning.isEmpty()) {
            return words;
        }
        var found = new HashSet<String>();
        words.hits().forEach(hit -> found.add(hit.id()));
        var similar = index.withSearcher(searcher -> Meanings.similar(
                searcher, meaning.get(), request.limit() - words.hits().size(), filter(request), found));
        var hits = new ArrayList<>(words.hits());
        hits.addAll(similar);
        // the total counts the notes that match the words; those of similar meaning only follow them
        return new Found(words.total(), hits);
    }

    /// The topic, tag and reading status a request is limited to, as one filter.
    private Optional<Query> filter(SearchRequest request) {
        var filters = filters(request);
        if (filters.isEmpty()) {
            return Optional.empty();
        }
        var builder = new BooleanQuery.Builder();
        filters.forEach(filter -> builder.add(filter, Occur.FILTER));
        return Optional.of(builder.build());
    }

    /// The topic (with its sub-topics), the tag and the reading status a request is limited to.
    List<Query> filters(SearchRequest request) {
        var filters = new ArrayList<Query>();
        request.topicPath()
                .ifPresent(topic -> filters.add(new TermQuery(
                        new Term(Fields.TOPIC_KEY, analyzers.folding().fold(topic.strip())))));
        request.tag()
                .ifPresent(tag -> filters.add(new TermQuery(
                        new Term(Fields.TAG_KEY, analyzers.folding().fold(tag.strip())))));
        request.status().ifPresent(status -> filters.add(new TermQuery(new Term(Fields.STATUS_KEY, status))));
        return filters;
    }

    /// Keys of every run of one to [#LONGEST_TITLE_WORDS] words of the query, so that a query that mentions a
    /// note's title among other words (`how does ViT split an image`) ranks that note higher.
    private List<String> namedTitles(String text) {
        var words = text.strip().split("\\s+");
        var keys = new LinkedHashSet<String>();
        for (int start = 0; start < words.length; start++) {
            for (int end = start + 1; end <= Math.min(words.length, start + LONGEST_TITLE_WORDS); end++) {
                var key =
                        documents.exactKey(String.join(" ", Arrays.asList(words).subList(start, end)));
                if (key.length() >= 2) {
                    keys.add(key);
                }
            }
        }
        return List.copyOf(keys);
    }

    /// How many positive words and phrases the query has (not counting excluded ones).
    private static int countsWords(QueryNode node) {
        return switch (node) {
            case QueryNode.Word word -> 1;
            case QueryNode.Phrase phrase -> 1;
            case QueryNode.Scoped scoped -> 1;
            case QueryNode.Not not -> 0;
            case QueryNode.All all ->
                all.nodes().stream().mapToInt(QueryRunner::countsWords).sum();
            case QueryNode.Any any ->
                any.nodes().stream().mapToInt(QueryRunner::countsWords).max().orElse(0);
        };
    }

    private static String positiveText(QueryNode node) {
        return switch (node) {
            case QueryNode.Word word -> word.text();
            case QueryNode.Phrase phrase -> phrase.text();
            case QueryNode.All all ->
                String.join(
                        " ",
                        all.nodes().stream()
                                .filter(n -> !(n instanceof QueryNode.Not) && !(n instanceof QueryNode.Scoped))
                                .map(QueryRunner::positiveText)
                                .toList());
            default -> "";
        };
    }
}
