package papernotes.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Version;
import papernotes.model.GlossaryEntry;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.HanlpSegmenter;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.Pinyin;

/// Full-text search over the notes: the index in `<data-dir>/index/`, its analysis and the query side. The
/// glossary can be swapped at any time without reindexing ([#useGlossary]).
public final class SearchEngine implements AutoCloseable {

    private final NoteAnalyzers analyzers;
    private final HanlpSegmenter segmenter;
    private final HanlpSegmenter fineSegmenter;
    private final NoteDocuments documents;
    private final NoteIndex index;
    private final NoteSearcher searcher;
    private final PageIndex pages;
    private final PageMatches pageMatches;
    private final RelatedNotes related;
    private volatile QueryFactory queries;
    private volatile QueryFactory tolerantQueries;
    private volatile Glossary glossary;
    private final Dictionary dictionary;
    private final LibraryPairs library;
    private final CommonTerms common;

    private SearchEngine(
            NoteAnalyzers analyzers,
            HanlpSegmenter segmenter,
            NoteDocuments documents,
            NoteIndex index,
            PageIndex pages,
            Glossary glossary,
            Dictionary dictionary) {
        this.dictionary = dictionary;
        this.pages = pages;
        this.pageMatches = new PageMatches(pages, analyzers);
        this.analyzers = analyzers;
        this.segmenter = segmenter;
        this.documents = documents;
        this.index = index;
        this.searcher = new NoteSearcher(index, analyzers, documents);
        this.related = new RelatedNotes(index, analyzers);
        this.glossary = glossary;
        this.fineSegmenter = new HanlpSegmenter(Set.of());
        this.library = new LibraryPairs(index, analyzers.folding());
        this.common = new CommonTerms(index, analyzers);
        useQueries(glossary, segmenter);
    }

    /// Opens (or starts afresh, see [NoteIndex#rebuild()]) the index in `folder`, with the shipped dictionary.
    public static SearchEngine open(Path folder, List<GlossaryEntry> entries) {
        return open(folder, entries, Dictionary.shipped());
    }

    /// Opens the index in `folder`; `dictionary` bridges the languages where the glossary is silent.
    public static SearchEngine open(Path folder, List<GlossaryEntry> entries, Dictionary dictionary) {
        var folding = CharFolding.load();
        var glossary = new Glossary(entries, folding);
        var segmenter = new HanlpSegmenter(glossary.chineseTerms());
        var analyzers = new NoteAnalyzers(folding, segmenter);
        var documents = new NoteDocuments(folding, new Pinyin(), segmenter);
        var index = NoteIndex.open(folder, analyzers, documents);
        try {
            var pages = PageIndex.open(pagesFolder(folder), analyzers);
            return new SearchEngine(analyzers, segmenter, documents, index, pages, glossary, dictionary);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /// Where the pages of attached files are indexed, beside the notes' index in `folder`: `<data-dir>/page-index/`.
    public static Path pagesFolder(Path folder) {
        return folder.resolveSibling("page-index");
    }

    /// Uses a new glossary from the next search on; the index is not touched.
    public void useGlossary(List<GlossaryEntry> entries) {
        var next = new Glossary(entries, analyzers.folding());
        var fresh = new HanlpSegmenter(next.chineseTerms());
        this.glossary = next;
        useQueries(next, fresh);
    }

    private void useQueries(Glossary glossary, HanlpSegmenter segmenter) {
        var bridge = new LanguageBridge(glossary, dictionary, library, common::common);
        this.queries =
                new QueryFactory(analyzers, glossary, bridge, segmenter, fineSegmenter, QueryFactory.Typos.EXACT);
        this.tolerantQueries =
                new QueryFactory(analyzers, glossary, bridge, segmenter, fineSegmenter, QueryFactory.Typos.TOLERATED);
    }

    /// A bridge between the languages with this engine's dictionary and library, for checks.
    LanguageBridge bridge(Glossary glossary) {
        return new LanguageBridge(glossary, dictionary, library, common::common);
    }

    public int glossarySize() {
        return glossary.size();
    }

    /// Searches; when the request asks for snippets, they are cut from the texts `texts` gives for the page's hits.
    public SearchResults search(SearchRequest request, NoteTexts texts) {
        var results = searcher.search(request, queries, tolerantQueries, texts);
        return pageMatches.add(request, results, queries, searcher::among);
    }

    /// The queries a search for `text` may run, in the order it tries them (every word as written, allowing typos,
    /// most of the words), without running them; for checks (`QueryFuzzTest`).
    List<Query> queriesFor(String text) {
        var root = new QuerySyntax().parse(text).root();
        if (root.isEmpty()) {
            return List.of();
        }
        return List.of(
                queries.build(root.get(), true).query(),
                tolerantQueries.build(root.get(), true).query(),
                tolerantQueries.build(root.get(), false).query());
    }

    /// Up to `limit` notes most like `note` (which need not be indexed yet), best first, without snippets; never
    /// `note` itself. See [RelatedNotes].
    public List<SearchHit> related(IndexedNote note, int limit) {
        return related.find(note, Math.max(1, Math.min(limit, SearchRequest.MAX_LIMIT)), glossary);
    }

    /// A matcher of names for the quick switcher, folding characters as the index does.
    public TitleMatcher titleMatcher() {
        return new TitleMatcher(analyzers.folding(), new Pinyin());
    }

    public NoteIndex index() {
        return index;
    }

    /// The pages of the notes' attached files.
    public PageIndex pages() {
        return pages;
    }

    NoteAnalyzers analyzers() {
        return analyzers;
    }

    HanlpSegmenter segmenter() {
        return segmenter;
    }

    HanlpSegmenter fineSegmenter() {
        return fineSegmenter;
    }

    NoteDocuments documents() {
        return documents;
    }

    @Override
    public void close() {
        pages.close();
        index.close();
    }

    /// The Lucene version in use (for benchmark reports).
    public static String luceneVersion() {
        return Version.LATEST.toString();
    }
}
