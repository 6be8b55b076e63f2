package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import papernotes.search.analysis.NoteAnalyzers;

/// Answers searches over a [NoteIndex]: parses the query, ranks the notes with all its words first and, when they
/// do not fill the page (or there are none), follows them with the notes that have some of them; ranks by BM25 with
/// field weights, a large bonus when the query names a note's title or alias, a bonus when the words occur close
/// together, ties broken by the most recently updated, then by id (so the order never depends on where a note sits
/// in the index); adds snippets.
final class NoteSearcher {

    static final float TITLE_NAMED_BOOST = 40f;
    static final float PROXIMITY_BOOST = 1.5f;
    static final float TITLE_IN_QUERY_BOOST = 8f;
    /// Added to the notes that have all the words: far above what any words score, so they rank first (multiplied
    /// by the lowest [Focus], still).
    static final float ALL_WORDS_FIRST = 1000f;
    static final int SHORT_QUERY_WORDS = 8;
    static final int LONGEST_TITLE_WORDS = 4;
    static final int SNIPPETS = 2;
    static final int SNIPPET_LENGTH = 110;

    private final NoteIndex index;
    private final NoteAnalyzers analyzers;
    private final NoteDocuments documents;

    NoteSearcher(NoteIndex index, NoteAnalyzers analyzers, NoteDocuments documents) {
        this.index = index;
        this.analyzers = analyzers;
        this.documents = documents;
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
        var result = run(request, root, strict.query(), exact, texts);
        boolean relaxed = false;
        var expanded = strict.expanded();
        var tried = strict.query();
        if (result.total() == 0) {
            var typos = tolerant.build(root, true);
            if (!typos.query().equals(tried)) {
                result = run(request, root, typos.query(), tolerant, texts);
                expanded = typos.expanded();
                tried = typos.query();
            }
        }
        if (result.total() == 0) {
            var loose = tolerant.build(root, false);
            var looseResult = loose.query().equals(tried) ? result : run(request, root, loose.query(), tolerant, texts);
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
                var filled = run(request, root, allWordsFirst(loose.query(), tried), factory, texts);
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
        result = withSimilar(request, result);
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
        var complete = run(request, root, all.query(), exact, texts);
        if (complete.hits().size() >= request.limit()) {
            return new SearchResults(complete.total(), complete.hits(), all.expanded(), false, parsed.notices());
        }
        var most = exact.build(root, false, true);
        var result = run(request, root, allWordsFirst(most.query(), all.query()), exact, texts);
        var expanded = most.expanded();
        if (result.total() == 0) {
            var typos = tolerant.build(root, false, true);
            result = run(request, root, typos.query(), tolerant, texts);
            expanded = typos.expanded();
        }
        result = withSimilar(request, result);
        return new SearchResults(result.total(), result.hits(), expanded, false, parsed.notices());
    }

    /// The notes that match `most`, those that match `all` first ([#ALL_WORDS_FIRST]).
    private static Query allWordsFirst(Query most, Query all) {
        return new BooleanQuery.Builder()
                .add(most, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(all), ALL_WORDS_FIRST), Occur.SHOULD)
                .build();
    }

    private record Found(int total, List<SearchHit> hits) {}

    /// The word matches followed, when the request has a meaning vector and the page has room, by the notes of
    /// similar meaning that are not among them ([Meanings]).
    private Found withSimilar(SearchRequest request, Found words) {
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

    /// The topic and tag a request is limited to, as one filter.
    private Optional<Query> filter(SearchRequest request) {
        var filters = filters(request);
        if (filters.isEmpty()) {
            return Optional.empty();
        }
        var builder = new BooleanQuery.Builder();
        filters.forEach(filter -> builder.add(filter, Occur.FILTER));
        return Optional.of(builder.build());
    }

    /// The topic (with its sub-topics) and the tag a request is limited to.
    private List<Query> filters(SearchRequest request) {
        var filters = new ArrayList<Query>();
        request.topicPath()
                .ifPresent(topic -> filters.add(new TermQuery(
                        new Term(Fields.TOPIC_KEY, analyzers.folding().fold(topic.strip())))));
        request.tag()
                .ifPresent(tag -> filters.add(new TermQuery(
                        new Term(Fields.TAG_KEY, analyzers.folding().fold(tag.strip())))));
        return filters;
    }

    private Found run(SearchRequest request, QueryNode root, Query main, QueryFactory factory, NoteTexts texts) {
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
                    hits(searcher, highlighted, query, top, request.snippets() ? texts : NoteTexts.NONE));
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
            candidates.add(new Candidate(doc, time, id(searcher, doc.doc)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.doc().score)
                .reversed()
                .thenComparing(Candidate::updated, Comparator.reverseOrder())
                .thenComparing(Candidate::id));
        var page = candidates.stream().limit(limit).map(Candidate::doc).toArray(ScoreDoc[]::new);
        return new TopDocs(top.totalHits, page);
    }

    /// How many of the best matches the bonus for words close together may reorder.
    static final int RESCORED = 100;

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

    /// The page's hits; with their snippets when `texts` gives their text (the index keeps none: the highlighter
    /// analyses the text of each hit again, which for a page of hits costs less than storing every note twice).
    /// `labelled` is the query whose words are looked for in the labels (without the bonus for words close
    /// together).
    // NONE is a sentinel: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private List<SearchHit> hits(IndexSearcher searcher, Query query, Query labelled, TopDocs top, NoteTexts texts)
            throws IOException {
        var ids = new ArrayList<String>();
        for (ScoreDoc doc : top.scoreDocs) {
            ids.add(id(searcher, doc.doc));
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
        var builder = UnifiedHighlighter.builder(searcher, analyzers.gramIndex())
                .withBreakIterator(
                        () -> LengthGoalBreakIterator.createClosestToLength(new SnippetBreaks(), SNIPPET_LENGTH, 0.5f))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withFieldMatcher(Fields.BODY::equals);
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

    private static List<SearchHit> withoutSnippets(TopDocs top, List<String> ids) {
        var hits = new ArrayList<SearchHit>();
        for (int i = 0; i < ids.size(); i++) {
            hits.add(new SearchHit(ids.get(i), top.scoreDocs[i].score, List.of(), List.of()));
        }
        return hits;
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

    private static int[] docIds(TopDocs top) {
        var ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        return ids;
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

    /// How many positive words and phrases the query has (not counting excluded ones).
    private static int countsWords(QueryNode node) {
        return switch (node) {
            case QueryNode.Word word -> 1;
            case QueryNode.Phrase phrase -> 1;
            case QueryNode.Scoped scoped -> 1;
            case QueryNode.Not not -> 0;
            case QueryNode.All all ->
                all.nodes().stream().mapToInt(NoteSearcher::countsWords).sum();
            case QueryNode.Any any ->
                any.nodes().stream().mapToInt(NoteSearcher::countsWords).max().orElse(0);
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
                                .map(NoteSearcher::positiveText)
                                .toList());
            default -> "";
        };
    }
}
