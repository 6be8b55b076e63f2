package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import papernotes.search.analysis.NoteAnalyzers;

/// Adds the pages of attached files to a search's answer: the pages with every word of the query (as typed, or
/// through the glossary; no typos), at most [#PER_NOTE] for each note, each with a passage. A note whose text
/// matched shows its pages under it; a note only its files matched follows the notes whose text matched (before
/// the notes of similar meaning), counted in the total, when it is within the search's topic and tag.
final class PageMatches {

    /// How many pages are looked at for one search, best first.
    static final int PAGES = 300;
    /// How many pages one note's hit shows.
    static final int PER_NOTE = 3;

    private final PageIndex pages;
    private final NoteAnalyzers analyzers;

    PageMatches(PageIndex pages, NoteAnalyzers analyzers) {
        this.pages = pages;
        this.analyzers = analyzers;
    }

    /// `results` with the pages that match; `allowed` keeps the notes of a page-only match that are in the index
    /// and within the request's topic and tag.
    SearchResults add(
            SearchRequest request, SearchResults results, QueryFactory queries, NoteSearcher.Allowed allowed) {
        if (pages.isEmpty()) {
            return results;
        }
        var root = new QuerySyntax().parse(request.query()).root();
        if (root.isEmpty()) {
            return results;
        }
        var query = queries.buildPages(root.get()).query();
        var byNote = found(query);
        if (byNote.isEmpty()) {
            return results;
        }
        var words = new ArrayList<SearchHit>();
        var similar = new ArrayList<SearchHit>();
        for (SearchHit hit : results.hits()) {
            var mine = byNote.remove(hit.id());
            var shown = mine == null ? hit : hit.withPages(mine);
            (hit.similarMeaning() ? similar : words).add(shown);
        }
        var extra = new ArrayList<SearchHit>();
        if (words.size() < request.limit() && !byNote.isEmpty()) {
            Set<String> kept = allowed.among(byNote.keySet(), request);
            for (var entry : byNote.entrySet()) {
                if (kept.contains(entry.getKey()) && words.size() + extra.size() < request.limit()) {
                    // a note found by its similar meaning and in its files: its files say why
                    similar.removeIf(hit -> hit.id().equals(entry.getKey()));
                    extra.add(new SearchHit(
                            entry.getKey(),
                            entry.getValue().getFirst().score(),
                            List.of(),
                            List.of(),
                            false,
                            entry.getValue()));
                }
            }
        }
        var hits = new ArrayList<>(words);
        hits.addAll(extra);
        hits.addAll(similar);
        return new SearchResults(
                results.total() + extra.size(),
                hits.subList(0, Math.min(hits.size(), request.limit())),
                results.expanded(),
                results.relaxed(),
                results.notices());
    }

    /// The best pages by note, notes in the order of their best page.
    private Map<String, List<PageHit>> found(Query query) {
        return pages.withSearcher(searcher -> {
            var rewritten = searcher.rewrite(query);
            var top = searcher.search(rewritten, PAGES);
            var stored = new ArrayList<PageIndex.StoredPage>();
            var texts = new HashMap<Integer, String>();
            for (ScoreDoc doc : top.scoreDocs) {
                var page = PageIndex.stored(searcher, doc.doc);
                stored.add(page);
                texts.put(doc.doc, page.text());
            }
            var snippets = snippets(searcher, rewritten, top.scoreDocs, texts);
            var byNote = new LinkedHashMap<String, List<PageHit>>();
            for (int i = 0; i < stored.size(); i++) {
                var page = stored.get(i);
                var list = byNote.computeIfAbsent(page.noteId(), k -> new ArrayList<>());
                if (list.size() < PER_NOTE) {
                    list.add(new PageHit(
                            page.noteId(), page.stored(), page.page(), top.scoreDocs[i].score, snippets.get(i)));
                }
            }
            return byNote;
        });
    }

    private List<String> snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs, Map<Integer, String> texts)
            throws IOException {
        var builder = HitAssembler.highlighter(searcher, analyzers);
        var ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        var passages = new PassageHighlighter(builder, texts)
                .passages(new String[] {Fields.BODY}, query, ids, new int[] {1})
                .get(Fields.BODY);
        var result = new ArrayList<String>();
        for (int i = 0; i < docs.length; i++) {
            @SuppressWarnings("unchecked")
            var list = passages == null || passages[i] == null ? List.<String>of() : (List<String>) passages[i];
            result.add(list.isEmpty() ? "" : list.getFirst());
        }
        return result;
    }
}
