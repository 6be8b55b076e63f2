package papernotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.search.analysis.NoteAnalyzers;

/// The pages of the notes' attached files (their PDFs), one document per page, analysed as note bodies are, in an
/// index of their own beside the notes' (`<data-dir>/page-index/`): a page never counts in the statistics that
/// rank notes, and saving a note never touches its files' pages. Derived from the text the library keeps, like
/// the notes' index: one that is damaged or of another format starts empty and is filled again ([#files] tells
/// what it holds, so the library can add what is missing).
public final class PageIndex implements AutoCloseable {

    /// Bump when the analysis or the fields change.
    static final String FORMAT = "1";

    private static final String FORMAT_KEY = "papernotes.pages.format";
    private static final String FILE = "file";
    private static final String NOTE = "note";
    private static final String STORED = "stored";
    private static final String PAGE = "page";
    private static final String TEXT = "text";
    private static final Logger LOG = LoggerFactory.getLogger(PageIndex.class);

    private final IndexWriter writer;
    private final SearcherManager searchers;

    private PageIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /// Opens the page index in `folder`, starting it empty when it is missing, damaged or of another format.
    static PageIndex open(Path folder, NoteAnalyzers analyzers) {
        try {
            Files.createDirectories(folder);
            boolean usable;
            try (var probe = FSDirectory.open(folder)) {
                usable = DirectoryReader.indexExists(probe)
                        && FORMAT.equals(SegmentInfos.readLatestCommit(probe)
                                .getUserData()
                                .get(FORMAT_KEY));
                if (usable) {
                    try (var reader = DirectoryReader.open(probe)) {
                        for (var leaf : reader.leaves()) {
                            leaf.reader().checkIntegrity();
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("The page index in {} is damaged and starts again: {}", folder, e.toString());
                usable = false;
            }
            var config = new IndexWriterConfig(analyzers.indexing())
                    .setOpenMode(
                            usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false);
            var index = new PageIndex(new IndexWriter(FSDirectory.open(folder), config));
            if (!usable) {
                index.commit();
            }
            return index;
        } catch (IOException e) {
            throw new IndexUnavailableException("Cannot open the page index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /// The key of one file of one note.
    static String key(String noteId, String stored) {
        return noteId + '\u001f' + stored;
    }

    /// Replaces the pages of the note's file with `pages` (page 1 first); searchable when this returns.
    public void put(String noteId, String stored, List<String> pages) {
        try {
            writer.deleteDocuments(new Term(FILE, key(noteId, stored)));
            for (int i = 0; i < pages.size(); i++) {
                if (!pages.get(i).isBlank()) {
                    writer.addDocument(document(noteId, stored, i + 1, pages.get(i)));
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Removes the pages of the note's file.
    public void remove(String noteId, String stored) {
        try {
            writer.deleteDocuments(new Term(FILE, key(noteId, stored)));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Removes every page.
    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The files whose pages the index holds, as note id → stored names.
    public Map<String, Set<String>> files() {
        return withSearcher(searcher -> {
            var result = new HashMap<String, Set<String>>();
            for (var leaf : searcher.getIndexReader().leaves()) {
                var keys = leaf.reader().getSortedDocValues(FILE);
                if (keys == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        var key = keys.lookupOrd(keys.ordValue()).utf8ToString().split("\u001f", 2);
                        result.computeIfAbsent(key[0], k -> new HashSet<>()).add(key[1]);
                    }
                }
            }
            return result;
        });
    }

    private static Document document(String noteId, String stored, int page, String text) {
        var doc = new Document();
        var key = key(noteId, stored);
        doc.add(new StringField(FILE, key, Field.Store.NO));
        doc.add(new SortedDocValuesField(FILE, new BytesRef(key)));
        doc.add(new StoredField(NOTE, noteId));
        doc.add(new StoredField(STORED, stored));
        doc.add(new StoredField(PAGE, page));
        doc.add(new StoredField(TEXT, text));
        doc.add(new Field(Fields.BODY, text, NoteDocuments.TEXT));
        return doc;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /// Work with a searcher over the latest pages.
    <T> T withSearcher(NoteIndex.SearcherWork<T> work) {
        try {
            var searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// The page's stored note id, file, page number and text.
    record StoredPage(String noteId, String stored, int page, String text) {}

    static StoredPage stored(IndexSearcher searcher, int doc) throws IOException {
        var fields = searcher.storedFields().document(doc);
        return new StoredPage(
                fields.get(NOTE),
                fields.get(STORED),
                fields.getField(PAGE).numericValue().intValue(),
                fields.get(TEXT));
    }

    /// Whether the index holds no page; searches skip it then.
    boolean isEmpty() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs() == 0);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            LOG.warn("Closing the page index failed", e);
        }
    }
}
