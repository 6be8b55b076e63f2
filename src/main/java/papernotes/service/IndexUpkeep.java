package papernotes.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.search.IndexUnavailableException;
import papernotes.search.NoteIndex;
import papernotes.search.SearchEngine;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;
import papernotes.work.Workers;

/// Keeps the search index in step with the library ([SearchService] asks it for the engine): opens the engine,
/// in the background if asked; rebuilds a missing, damaged, other-format or stale index (its high-water mark
/// behind the library's change number) while searches answer from what is indexed so far; applies every committed
/// change at once and makes it visible (near-real-time); and makes the index durable when the library closes.
final class IndexUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpkeep.class);

    private final LibraryStore store;
    private final CompletableFuture<SearchEngine> opened;
    /// Done once the engine is open and bringing it up to date has started (so [#awaitIndex] sees the rebuild).
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    /// Done when the engine may start opening (see [#openInBackground]).
    private final CompletableFuture<Void> go = new CompletableFuture<>();
    private final Object openingLock = new Object();
    private final Set<NoteId> changedWhileOpening = new LinkedHashSet<>();
    private final IndexedNotes indexedNotes;
    private final GlossarySource glossary;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Optional<String> glossaryProblem = Optional.empty();
    private volatile long applied;
    private volatile boolean closing;
    private volatile boolean complete = true;
    private volatile int rebuildDone;
    private volatile int rebuildTotal;
    private volatile boolean missed;
    private volatile Optional<Workers.Job> background = Optional.empty();
    private final Workers workers;
    static final int REBUILD_BATCH = 500;

    IndexUpkeep(
            LibraryStore store,
            MarkdownText markdown,
            GlossarySource glossary,
            CompletableFuture<SearchEngine> opened,
            MeaningLookup meanings,
            Workers workers) {
        this.store = store;
        this.workers = workers;
        this.opened = opened;
        if (opened.isDone()) {
            started.complete(null);
        }
        this.indexedNotes = new IndexedNotes(markdown, meanings);
        this.glossary = glossary;
    }

    /// The engine was opened by the caller (`glossaryProblem`: why the user's glossary could not be used, if it
    /// could not); the index claims what its last commit says.
    void openedWith(Optional<String> glossaryProblem) {
        this.glossaryProblem = glossaryProblem;
        this.applied = engine().index().highWaterMark();
    }

    /// An upkeep whose engine (the glossary, the analyzers, the Lucene index in `indexDir`) opens on a
    /// background thread and is then brought up to date, so that a window can show the library before: every
    /// method that needs the engine waits for it, and [#status] says [IndexState#OPENING] meanwhile. The opening
    /// starts when [#startOpening] is called, when a method first needs the engine, or after `holdAtMost`,
    /// whichever comes first: a window holds it until its list shows, since on a machine with few cores the opening
    /// (reading the analyzers' dictionaries) otherwise delays the first frame.
    static IndexUpkeep openInBackground(
            LibraryStore store,
            Path indexDir,
            MarkdownText markdown,
            GlossarySource glossary,
            Duration holdAtMost,
            MeaningLookup meanings,
            Workers workers) {
        var service = new IndexUpkeep(store, markdown, glossary, new CompletableFuture<>(), meanings, workers);
        workers.start("index-open", () -> {
            try {
                try {
                    service.go.get(holdAtMost.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // held long enough: open now
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                var loaded = glossary.load();
                var engine = SearchEngine.open(indexDir, loaded.entries());
                service.glossaryProblem = loaded.problem();
                service.applied = engine.index().highWaterMark();
                // said before the engine is handed out, so that nobody sees READY before the rebuild starts
                if (engine.index().rebuild() != NoteIndex.Rebuild.NONE && service.applied == 0) {
                    service.rebuilding.set(true);
                }
                service.opened.complete(engine);
                service.bringUpToDateInBackground();
            } catch (RuntimeException e) {
                LOG.error("Opening the search index failed", e);
                service.opened.completeExceptionally(e);
            } finally {
                service.finishOpening();
            }
        });
        return service;
    }

    /// Starts opening the index now if it has not started (see [#openInBackground]); returns at once.
    public void startOpening() {
        go.complete(null);
    }

    /// Marks the opening done and applies the changes saved meanwhile (they were only noted, so that a save never
    /// waits for the index to open).
    private void finishOpening() {
        while (true) {
            List<NoteId> pending;
            synchronized (openingLock) {
                if (changedWhileOpening.isEmpty() || opened.isCompletedExceptionally()) {
                    started.complete(null);
                    return;
                }
                pending = List.copyOf(changedWhileOpening);
                changedWhileOpening.clear();
            }
            try {
                applyChanges(pending);
            } catch (RuntimeException e) {
                LOG.warn("The search index missed {} changes; it catches up at the next start", pending.size(), e);
            }
        }
    }

    /// Waits until the index is open and has the changes saved while it opened, so that a search sees every save.
    void awaitOpen() {
        startOpening();
        started.join();
    }

    /// The engine, once open.
    SearchEngine engine() {
        startOpening();
        try {
            return opened.join();
        } catch (CompletionException | CancellationException e) {
            var cause = e.getCause() instanceof PaperNotesException known ? known : null;
            if (cause != null) {
                throw cause;
            }
            throw new IndexUnavailableException("The search index could not be opened: " + e.getCause() + ".", e);
        }
    }

    /// Brings the index up to date with the library, waiting until it is: rebuilds it when it had to start empty,
    /// otherwise applies the changes it missed. Returns the number of notes (re)indexed.
    public int bringUpToDate() {
        reloadGlossaryIfChanged();
        if (needsRebuild()) {
            LOG.info("Rebuilding the search index ({})", engine().index().rebuild());
            return rebuild();
        }
        awaitIndex();
        return catchUp();
    }

    /// Starts bringing the index up to date without waiting: a rebuild runs on a background thread while searches
    /// keep answering from what is indexed so far (and say so); a small catch-up is done at once.
    public void bringUpToDateInBackground() {
        reloadGlossaryIfChanged();
        if (!needsRebuild()) {
            catchUp();
            return;
        }
        rebuilding.set(true);
        background = Optional.of(workers.start("index-rebuild", () -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.error("Rebuilding the search index failed; it is rebuilt at the next start", e);
            }
        }));
    }

    private boolean needsRebuild() {
        return engine().index().rebuild() != NoteIndex.Rebuild.NONE && applied == 0;
    }

    /// Waits until a background rebuild (if any) has finished.
    public void awaitIndex() {
        startOpening();
        started.join();
        if (opened.isCompletedExceptionally()) {
            return;
        }
        background.ifPresent(thread -> {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /// Rebuilds the index from the library, in batches; searches answer from the previous view until it is done.
    /// Changes saved meanwhile are caught up at the end.
    public int rebuild() {
        rebuilding.set(true);
        try {
            var start = store.read(session ->
                    Map.entry(session.notes().changeSequence(), session.notes().liveIds()));
            var ids = start.getValue();
            rebuildDone = 0;
            rebuildTotal = ids.size();
            // the old contents go: until this rebuild completes, the index claims nothing, so an interrupted
            // rebuild is completed by the catch-up at the next start (every note has a change number above 0)
            applied = 0;
            complete = false;
            // a batch of rows is read under the builders' lock; each note's Markdown is read by the builder taking it
            var batches = new RebuildBatches(store, ids, indexedNotes, () -> closing, done -> rebuildDone = done);
            int count = engine().index().replaceAll(batches);
            if (closing) {
                return count;
            }
            engine().index().commit(start.getKey());
            applied = start.getKey();
            complete = true;
            rebuilding.set(false);
            engine().index().refresh();
            return count + catchUp();
        } finally {
            rebuilding.set(false);
        }
    }

    /// Waits for the index's background merges (for measurements: a rebuild may leave one running).
    public void awaitMerges() {
        awaitIndex();
        engine().index().awaitMerges();
    }

    /// Applies every change made after the index's high-water mark.
    public int catchUp() {
        missed = false;
        Map.Entry<Long, Integer> changed;
        try {
            changed = store.read(session -> {
                var notes = session.notes().changedSince(applied);
                var topics = notes.isEmpty() ? Map.<TopicPath, Topic>of() : topicMap(session);
                notes.forEach(entry -> apply(session, entry.getKey(), topics));
                return Map.entry(session.notes().changeSequence(), notes.size());
            });
        } catch (RuntimeException e) {
            missed = true;
            throw e;
        }
        if (changed.getValue() == 0) {
            return 0;
        }
        applied = Math.max(applied, changed.getKey());
        engine().index().commit(applied);
        engine().index().refresh();
        return changed.getValue();
    }

    void noteChanged(NoteId id) {
        notesChanged(List.of(id));
    }

    /// Applies the notes of one write in one read of the library and makes them visible together. When that
    /// fails, the high-water mark stays where it was until a catch-up has applied everything after it, so that the
    /// next start catches up on the notes missed here even if later changes are applied meanwhile.
    void notesChanged(Collection<NoteId> ids) {
        synchronized (openingLock) {
            if (!started.isDone()) {
                changedWhileOpening.addAll(ids);
                return;
            }
        }
        applyChanges(ids);
    }

    private void applyChanges(Collection<NoteId> ids) {
        try {
            long seq = store.read(session -> {
                var topics = topicMap(session);
                ids.forEach(id -> apply(session, id, topics));
                return session.notes().changeSequence();
            });
            if (!rebuilding.get() && !missed) {
                applied = Math.max(applied, seq);
            }
            engine().index().refresh();
        } catch (RuntimeException e) {
            missed = true;
            throw e;
        }
    }

    /// Indexes the note as the library has it now, or removes it when trashed or gone.
    private void apply(StoreSession session, NoteId id, Map<TopicPath, Topic> topics) {
        var stored = session.notes().find(id);
        if (stored.isEmpty() || stored.get().isTrashed()) {
            engine().index().delete(id.value());
        } else {
            engine().index().upsert(indexedNotes.of(stored.get().note(), topics));
        }
    }

    static Map<TopicPath, Topic> topicMap(StoreSession session) {
        var map = new HashMap<TopicPath, Topic>();
        session.topics().listUncounted().forEach(topic -> map.put(topic.path(), topic));
        return map;
    }

    SearchService.IndexState state() {
        if (!opened.isDone()) {
            return SearchService.IndexState.OPENING;
        }
        return rebuilding.get() ? SearchService.IndexState.REBUILDING : SearchService.IndexState.READY;
    }

    /// The index state with rebuild progress, for a status bar.
    SearchService.IndexStatus status() {
        if (!opened.isDone()) {
            return new SearchService.IndexStatus(SearchService.IndexState.OPENING, 0, 0);
        }
        return rebuilding.get()
                ? new SearchService.IndexStatus(SearchService.IndexState.REBUILDING, rebuildDone, rebuildTotal)
                : new SearchService.IndexStatus(SearchService.IndexState.READY, rebuildTotal, rebuildTotal);
    }

    void reloadGlossaryIfChanged() {
        if (glossary.changed()) {
            var loaded = glossary.load();
            engine().useGlossary(loaded.entries());
            glossaryProblem = loaded.problem();
        }
    }

    /// Why the user's glossary could not be used, if it could not.
    Optional<String> glossaryProblem() {
        return glossaryProblem;
    }

    /// How notes are read into the index (also how a search's hits are described).
    IndexedNotes indexedNotes() {
        return indexedNotes;
    }

    /// Stops a background rebuild, makes the index durable with its high-water mark; called when the library closes.
    public void close() {
        closing = true;
        if (opened.isCompletedExceptionally()) {
            return;
        }
        awaitIndex();
        try {
            // an interrupted rebuild claims nothing: the next start catches up on every note
            engine().index().commit(complete ? applied : 0);
        } catch (RuntimeException e) {
            // a disk turned read-only or full, a writer that failed before: the index is derived, and the next
            // start catches up from its last commit; closing the library goes on
            LOG.warn(
                    "The search index could not be saved on closing ({}); the next start brings it up to date",
                    String.valueOf(e.getCause() == null ? e : e.getCause()));
        } finally {
            try {
                engine().close();
            } catch (RuntimeException e) {
                LOG.warn("The search index could not be closed cleanly: {}", e.toString());
            }
        }
    }

    /// The library change number the index reflects.
    public long highWaterMark() {
        return applied;
    }

    /// Ids of the notes in the index, for checks.
    public List<String> indexedIds() {
        return engine().index().ids();
    }
}
