package papernotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.work.Workers;

/// The Lucene index of the notes in `<data-dir>/index/`, derived from the library and rebuilt from it whenever
/// it is missing, damaged, of another format, or cannot be opened. Commits record the index [#FORMAT] and the
/// library's change number the index reflects (its high-water mark). Searches see every update after [#refresh].
public final class NoteIndex implements AutoCloseable {

    /// Bump when analysis or fields change: an index of another format is rebuilt.
    public static final String FORMAT = "11";
    static final String FORMAT_KEY = "papernotes.format";
    static final String HIGH_WATER_KEY = "papernotes.hwm";

    private static final Logger LOG = LoggerFactory.getLogger(NoteIndex.class);

    /// Why an index must be rebuilt, or `NONE` when it can be used as it is.
    public enum Rebuild {
        NONE,
        MISSING,
        OTHER_FORMAT,
        DAMAGED
    }

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NoteDocuments documents;
    private final Rebuild rebuild;
    /// Runs the slices of one search in parallel, one per core (at most [#SEARCH_THREADS]).
    private final ExecutorService searchThreads;
    private volatile long highWaterMark;

    private NoteIndex(
            Path folder,
            Directory directory,
            IndexWriter writer,
            NoteDocuments documents,
            Rebuild rebuild,
            long highWaterMark)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        int threads = Math.max(1, Math.min(SEARCH_THREADS, Runtime.getRuntime().availableProcessors()));
        this.searchThreads = Workers.daemons().pool("search", threads);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                var searcher =
                        new IndexSearcher(
                                reader, threads > 1 && reader.maxDoc() >= PARALLEL_FROM ? searchThreads : null) {
                            // as many slices of equal size as there are threads, splitting segments where needed
                            @Override
                            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                                int perSlice = Math.max(1, reader.maxDoc() / threads + 1);
                                return slices(leaves, perSlice, Integer.MAX_VALUE, true);
                            }
                        };
                // queries are built per keystroke and rarely repeat; caching them only costs hashing
                searcher.setQueryCache(null);
                return searcher;
            }
        });
        this.documents = documents;
        this.rebuild = rebuild;
        this.highWaterMark = highWaterMark;
    }

    /// Opens the index in `folder`; if it cannot be used, starts an empty one there and says why in [#rebuild()].
    static NoteIndex open(Path folder, NoteAnalyzers analyzers, NoteDocuments documents) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IndexUnavailableException(
                    "Cannot create the search index folder " + folder + ": " + e.getMessage(), e);
        }
        Rebuild reason;
        long mark = 0;
        try (var probe = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(probe)) {
                reason = Rebuild.MISSING;
            } else {
                var commit = SegmentInfos.readLatestCommit(probe).getUserData();
                if (!FORMAT.equals(commit.get(FORMAT_KEY))) {
                    reason = Rebuild.OTHER_FORMAT;
                } else {
                    try (var reader = DirectoryReader.open(probe)) {
                        // every file's checksum: opening reads only the small files whole, so a flipped bit in the
                        // postings would otherwise go unseen and give wrong answers (docs/decisions/0005)
                        for (var leaf : reader.leaves()) {
                            leaf.reader().getLiveDocs();
                            leaf.reader().checkIntegrity();
                        }
                    }
                    mark = Long.parseLong(commit.getOrDefault(HIGH_WATER_KEY, "0"));
                    reason = Rebuild.NONE;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index in {} is damaged and will be rebuilt: {}", folder, e.toString());
            reason = Rebuild.DAMAGED;
        }
        try {
            if (reason != Rebuild.NONE) {
                wipe(folder);
            }
            var directory = FSDirectory.open(folder);
            var config = new IndexWriterConfig(analyzers.indexing())
                    .setOpenMode(
                            reason == Rebuild.NONE
                                    ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                                    : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(BUFFER_MB)
                    // a save is searchable at once: refreshing never waits for a merge of the new small segments
                    // (by default up to 500 ms, which made saves slow at 100,000 notes)
                    .setMaxFullFlushMergeWaitMillis(0)
                    .setCommitOnClose(false);
            var writer = new IndexWriter(directory, config);
            var index = new NoteIndex(folder, directory, writer, documents, reason, mark);
            if (reason != Rebuild.NONE) {
                index.commit(0);
            }
            return index;
        } catch (IOException e) {
            throw new IndexUnavailableException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(file)) {
                    try (Stream<Path> inner = Files.walk(file)) {
                        for (Path p : inner.sorted(Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /// Why the index had to start empty when it was opened.
    public Rebuild rebuild() {
        return rebuild;
    }

    /// The library change number this index reflects.
    public long highWaterMark() {
        return highWaterMark;
    }

    /// Adds or replaces a note.
    public void upsert(IndexedNote note) {
        try {
            writer.updateDocument(new Term(Fields.ID, note.id()), documents.document(note));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Replaces the whole index with `notes`; searches keep the previous view until [#refresh]. The documents are
    /// made and added by one thread per core (at most [#BUILD_THREADS]), each taking the next note in turn and
    /// preparing it (reading its Markdown, say) while the others take theirs.
    public int replaceAll(Iterator<? extends Supplier<IndexedNote>> notes) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var count = new AtomicInteger();
        Runnable work = () -> {
            while (true) {
                Supplier<IndexedNote> next;
                synchronized (notes) {
                    if (!notes.hasNext()) {
                        break;
                    }
                    next = notes.next();
                }
                try {
                    writer.addDocument(documents.document(next.get()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count.incrementAndGet();
            }
            // each builder writes out a buffered segment, so the commit after the build does not write them all on one
            try {
                writer.flushNextBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        int threads = Math.max(1, Math.min(BUILD_THREADS, Runtime.getRuntime().availableProcessors()));
        // a full build flushes fewer, larger segments (fewer merges); saves go back to small flushes after it
        writer.getConfig().setRAMBufferSizeMB(BUILD_BUFFER_MB);
        try {
            runOnThreads(work, threads);
        } finally {
            writer.getConfig().setRAMBufferSizeMB(BUFFER_MB);
        }
        return count.get();
    }

    /// Runs `work` on this thread and `threads - 1` others, until all of them return.
    private static void runOnThreads(Runnable work, int threads) {
        if (threads == 1) {
            work.run();
            return;
        }
        try (var pool = Workers.daemons().pool("index-build", threads - 1)) {
            var others = new ArrayList<Future<?>>();
            for (int i = 1; i < threads; i++) {
                others.add(pool.submit(work));
            }
            work.run();
            for (var other : others) {
                try {
                    other.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while building the index", e);
                }
            }
        }
    }

    /// Threads one search runs on at most, and the size of index from which it is worth it.
    static final int SEARCH_THREADS = 4;
    static final int PARALLEL_FROM = 20_000;

    /// Memory for documents not yet written to a segment: for saves, and while the whole index is built.
    static final double BUFFER_MB = 64;
    static final double BUILD_BUFFER_MB = 256;

    /// Threads that build the index at most (the machine's cores, up to this).
    static final int BUILD_THREADS = 4;

    /// Makes every update so far visible to searches.
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Waits until the merges of segments under way or due are done (after a full build, a merge of the built
    /// segments may run in the background for a while); for measurements.
    public void awaitMerges() {
        try {
            writer.maybeMerge();
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Makes the index durable, recording that it reflects the library up to change number `mark`.
    public void commit(long mark) {
        try {
            Map<String, String> data = new HashMap<>();
            data.put(FORMAT_KEY, FORMAT);
            data.put(HIGH_WATER_KEY, Long.toString(mark));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            highWaterMark = mark;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Runs `work` with a searcher over the latest refreshed view.
    <T> T withSearcher(SearcherWork<T> work) {
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

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /// Number of notes in the visible view.
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /// Ids of all notes in the visible view.
    public List<String> ids() {
        return withSearcher(searcher -> {
            var ids = new ArrayList<String>();
            var reader = searcher.getIndexReader();
            var live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(NoteSearcher.id(searcher, doc));
                }
            }
            return ids;
        });
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            searchThreads.shutdown();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
