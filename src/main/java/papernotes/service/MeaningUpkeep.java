package papernotes.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.model.NoteId;
import papernotes.search.MeaningModel;
import papernotes.search.Meanings;
import papernotes.storage.LibraryStore;
import papernotes.storage.VectorStore;
import papernotes.work.Workers;

/// Computes the notes' meaning vectors in the background (docs/decisions/0015): on one thread (one core), in small
/// batches, pausing while the user types; each vector is stored with the hash of the text it was made from, so that
/// only new and changed notes are computed, at this start or any later one. The model loads on that thread, never
/// on the start-up path. Each batch is handed to the index as it is stored, so search improves as vectors arrive.
/// Changes are found by polling the library's change sequence every [#POLL_MILLIS].
public final class MeaningUpkeep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeaningUpkeep.class);

    /// How much of a note is read for its meaning: its title and the opening of its text. The model reads Chinese
    /// a character a token, and its cost grows faster than the length: this length keeps 100,000 notes within the
    /// half-hour budget on one core (docs/benchmarks.md, docs/decisions/0015).
    static final int OPENING_CHARS = 200;
    /// The name vectors are stamped with: the model and how much of a note it read (either changed, every vector
    /// is computed again).
    static final String VECTORS = MeaningModel.NAME + "@" + OPENING_CHARS;
    static final int BATCH = 16;
    static final long POLL_MILLIS = 2_000;
    /// After the user's last key press, the work waits this long.
    static final long QUIET_MILLIS = 1_500;

    /// How far the computing is: `done` of `total` notes that needed a vector since the start; `ready` once the
    /// model is loaded (queries are then searched by meaning too); `failed` when it could not be (the log says
    /// why).
    public record Status(boolean ready, int done, int total, boolean failed) {

        public Status(boolean ready, int done, int total) {
            this(ready, done, total, false);
        }

        public boolean working() {
            return done < total;
        }
    }

    private final LibraryStore store;
    private final IndexedNotes texts;
    private final VectorStore vectors;
    private final Supplier<MeaningModel> loader;
    private final Consumer<Collection<NoteId>> indexed;
    private final Object signal = new Object();
    private volatile Optional<MeaningModel> model = Optional.empty();
    private volatile Status status = new Status(false, 0, 0);
    private volatile long quietAfter;
    private volatile boolean closing;
    private volatile boolean enabled = true;
    private volatile Optional<Workers.Job> thread = Optional.empty();
    private final Workers workers;
    private volatile long seen = -1;

    /// `indexed` is told the notes whose vectors were just stored (the search index then indexes them again).
    MeaningUpkeep(
            LibraryStore store,
            IndexedNotes texts,
            VectorStore vectors,
            Supplier<MeaningModel> loader,
            Consumer<Collection<NoteId>> indexed,
            Workers workers) {
        this.store = store;
        this.workers = workers;
        this.texts = texts;
        this.vectors = vectors;
        this.loader = loader;
        this.indexed = indexed;
    }

    /// Starts the background work (once).
    synchronized void start() {
        if (thread.isEmpty() && !closing) {
            thread = Optional.of(workers.start(Workers.Kind.named("meanings").withLowPriority(), this::work));
        }
    }

    public Status status() {
        return status;
    }

    /// The query's meaning vector, once the model is loaded and while search by meaning is on (never waits).
    Optional<byte[]> queryVector(String query) {
        return enabled ? model.map(m -> Meanings.quantized(m.embed(query))) : Optional.empty();
    }

    /// Turns search by meaning on or off: off, queries go by words alone and the computing waits.
    void enable(boolean on) {
        enabled = on;
    }

    /// The user pressed a key: the work pauses until [#QUIET_MILLIS] after the last one.
    public void userActive() {
        quietAfter = System.currentTimeMillis() + QUIET_MILLIS;
    }

    /// Waits until every note saved before the call has its vector (for measurements).
    void awaitAll() {
        long wanted = store.read(session -> session.changes().latest());
        synchronized (signal) {
            while (!closing && thread.isPresent() && seen < wanted) {
                try {
                    signal.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void work() {
        try {
            model = Optional.of(loader.get());
            status = new Status(true, 0, 0);
            var pending = new LinkedHashSet<NoteId>();
            long sequence = store.read(session -> session.changes().latest());
            pending.addAll(stale(store.read(session -> session.notes().liveIds())));
            while (!closing) {
                status = new Status(true, 0, pending.size());
                compute(new ArrayList<>(pending));
                pending.clear();
                seen = sequence;
                synchronized (signal) {
                    signal.notifyAll();
                    signal.wait(POLL_MILLIS);
                }
                long after = sequence;
                // read before the changes: a note saved in between is then seen again next time, never missed
                sequence = store.read(session -> session.changes().latest());
                var changed = store.read(session -> session.changes().changedSince(after));
                var gone = changed.stream()
                        .filter(Map.Entry::getValue)
                        .map(Map.Entry::getKey)
                        .toList();
                vectors.removeAll(gone);
                pending.addAll(stale(changed.stream()
                        .filter(e -> !e.getValue())
                        .map(Map.Entry::getKey)
                        .distinct()
                        .toList()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // a native library that does not load on this system ends up here too
            LOG.error(
                    "Search by meaning is off: computing the notes' meaning vectors failed ({}); search goes on by "
                            + "words alone",
                    e.toString(),
                    e);
            status = new Status(false, 0, 0, true);
        } finally {
            synchronized (signal) {
                closing = true;
                signal.notifyAll();
            }
        }
    }

    /// The notes among `ids` whose vector is missing or was made from another text or by another model.
    /// (Read in batches, and again when computed: the texts of a whole library are not held at once.)
    private List<NoteId> stale(List<NoteId> ids) {
        var result = new ArrayList<NoteId>();
        for (int from = 0; from < ids.size(); from += 500) {
            var batch = ids.subList(from, Math.min(ids.size(), from + 500));
            var stamps = vectors.stamps(batch);
            readTexts(batch).forEach((id, text) -> {
                if (!text.stamp().equals(stamps.get(id))) {
                    result.add(id);
                }
            });
        }
        return result;
    }

    /// A note's title and Markdown, what its vector is made from.
    private record NoteText(String title, String body) {

        VectorStore.Stamp stamp() {
            return MeaningUpkeep.stamp(title + "\n" + body);
        }
    }

    /// Title and Markdown of each live note of `ids`.
    private Map<NoteId, NoteText> readTexts(List<NoteId> ids) {
        return store.read(session -> {
            var summaries = session.noteListing().liveSummaries(ids);
            var bodies = session.notes().liveBodies(ids);
            var result = new LinkedHashMap<NoteId, NoteText>();
            summaries.forEach(
                    (id, summary) -> result.put(id, new NoteText(summary.title(), bodies.getOrDefault(id, ""))));
            return result;
        });
    }

    private static VectorStore.Stamp stamp(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new VectorStore.Stamp(VECTORS, HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void compute(List<NoteId> pending) throws InterruptedException {
        var model = this.model.orElseThrow();
        int done = 0;
        for (int from = 0; from < pending.size() && !closing; from += BATCH) {
            waitForQuiet();
            var batch = pending.subList(from, Math.min(pending.size(), from + BATCH));
            var entries = new ArrayList<VectorStore.Entry>();
            readTexts(batch)
                    .forEach((id, text) -> entries.add(
                            new VectorStore.Entry(id, text.stamp(), Meanings.quantized(model.embed(opening(text))))));
            vectors.putAll(entries);
            indexed.accept(entries.stream().map(VectorStore.Entry::id).toList());
            done += batch.size();
            status = new Status(true, done, pending.size());
        }
    }

    /// The title and the first [#OPENING_CHARS] characters of the note's text, as the index reads it.
    private String opening(NoteText note) {
        var plain = texts.plainText(note.body()).replaceAll("\\s+", " ").strip();
        return note.title() + "\n" + plain.substring(0, Math.min(plain.length(), OPENING_CHARS));
    }

    private void waitForQuiet() throws InterruptedException {
        long wait;
        while (!closing && ((wait = quietAfter - System.currentTimeMillis()) > 0 || !enabled)) {
            Thread.sleep(Math.max(wait, 0) + (enabled ? 0 : 500));
        }
    }

    @Override
    public void close() {
        closing = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        thread.ifPresent(t -> {
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        model.ifPresent(MeaningModel::close);
    }
}
