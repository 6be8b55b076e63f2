package papernotes.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteId;
import papernotes.search.NoteIndex;
import papernotes.search.SearchEngine;
import papernotes.storage.LibraryStore;
import papernotes.work.Workers;

/// Keeps the search index in step with the library ([SearchService] asks it for the engine): opens the engine,
/// in the background if asked ([IndexOpening]); rebuilds a missing, damaged, other-format or stale index (its
/// high-water mark behind the library's change number) while searches answer from what is indexed so far; applies
/// every committed change at once and makes it visible (near-real-time, [IndexChanges]); and makes the index durable
/// when the library closes.
final class IndexUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpkeep.class);

    private final LibraryStore store;
    private final IndexOpening opening;
    private final IndexChanges changes;
    private final IndexedNotes indexedNotes;
    private final GlossarySource glossary;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Optional<String> glossaryProblem = Optional.empty();
    private volatile boolean closing;
    private volatile boolean complete = true;
    private volatile int rebuildDone;
    private volatile int rebuildTotal;
    private volatile Optional<Workers.Job> background = Optional.empty();
    private final Workers workers;
    private final PageUpkeep pages;

    IndexUpkeep(
            LibraryStore store,
            MarkdownText markdown,
            GlossarySource glossary,
            CompletableFuture<SearchEngine> opened,
            MeaningLookup meanings,
            Workers workers) {
        this.store = store;
        this.pages = new PageUpkeep(store);
        this.workers = workers;
        this.opening = new IndexOpening(opened);
        this.indexedNotes = new IndexedNotes(markdown, meanings);
        this.glossary = glossary;
        this.changes = new IndexChanges(store, opening::engine, indexedNotes, rebuilding::get);
    }

    /// The engine was opened by the caller (`glossaryProblem`: why the user's glossary could not be used, if it
    /// could not); the index claims what its last commit says.
    void openedWith(Optional<String> glossaryProblem) {
        this.glossaryProblem = glossaryProblem;
        changes.claim(engine().index().highWaterMark());
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
                service.opening.awaitGo(holdAtMost);
                var loaded = glossary.load();
                var engine = SearchEngine.open(indexDir, loaded.entries());
                service.glossaryProblem = loaded.problem();
                service.changes.claim(engine.index().highWaterMark());
                // said before the engine is handed out, so that nobody sees READY before the rebuild starts
                if (engine.index().rebuild() != NoteIndex.Rebuild.NONE && service.changes.applied() == 0) {
                    service.rebuilding.set(true);
                }
                service.opening.opened(engine);
                service.bringUpToDateInBackground();
            } catch (RuntimeException e) {
                LOG.error("Opening the search index failed", e);
                service.opening.failed(e);
            } finally {
                service.finishOpening();
            }
        });
        return service;
    }

    /// Starts opening the index now if it has not started (see [#openInBackground]); returns at once.
    public void startOpening() {
        opening.start();
    }

    /// Marks the opening done and applies the changes saved meanwhile (they were only noted, so that a save never
    /// waits for the index to open).
    private void finishOpening() {
        opening.finish(pending -> {
            try {
                changes.apply(pending);
            } catch (RuntimeException e) {
                LOG.warn("The search index missed {} changes; it catches up at the next start", pending.size(), e);
            }
        });
    }

    /// Waits until the index is open and has the changes saved while it opened, so that a search sees every save.
    void awaitOpen() {
        opening.awaitStarted();
    }

    /// The engine, once open.
    SearchEngine engine() {
        return opening.engine();
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
        return engine().index().rebuild() != NoteIndex.Rebuild.NONE && changes.applied() == 0;
    }

    /// Waits until a background rebuild (if any) has finished.
    public void awaitIndex() {
        opening.awaitStarted();
        if (opening.hasFailed()) {
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
                    Map.entry(session.changes().latest(), session.notes().liveIds()));
            var ids = start.getValue();
            rebuildDone = 0;
            rebuildTotal = ids.size();
            // the old contents go: until this rebuild completes, the index claims nothing, so an interrupted
            // rebuild is completed by the catch-up at the next start (every note has a change number above 0)
            changes.claim(0);
            complete = false;
            // a batch of rows is read under the builders' lock; each note's Markdown is read by the builder taking it
            var batches = new RebuildBatches(store, ids, indexedNotes, () -> closing, done -> rebuildDone = done);
            engine().pages().clear();
            int count = engine().index().replaceAll(batches);
            if (closing) {
                return count;
            }
            engine().index().commit(start.getKey());
            changes.claim(start.getKey());
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
        int count = changes.catchUp();
        catchUpPages();
        return count;
    }

    /// Brings the pages of attached files in the index in line with the library.
    void catchUpPages() {
        pages.reconcile(engine().pages());
    }

    void noteChanged(NoteId id) {
        notesChanged(List.of(id));
    }

    /// Applies the notes of one write in one read of the library and makes them visible together. When that
    /// fails, the high-water mark stays where it was until a catch-up has applied everything after it, so that the
    /// next start catches up on the notes missed here even if later changes are applied meanwhile.
    void notesChanged(Collection<NoteId> ids) {
        if (!opening.noted(ids)) {
            changes.apply(ids);
        }
    }

    SearchService.IndexState state() {
        if (!opening.isDone()) {
            return SearchService.IndexState.OPENING;
        }
        return rebuilding.get() ? SearchService.IndexState.REBUILDING : SearchService.IndexState.READY;
    }

    /// The index state with rebuild progress, for a status bar.
    SearchService.IndexStatus status() {
        if (!opening.isDone()) {
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
        if (opening.hasFailed()) {
            return;
        }
        awaitIndex();
        try {
            // an interrupted rebuild claims nothing: the next start catches up on every note
            engine().index().commit(complete ? changes.applied() : 0);
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
        return changes.applied();
    }

    /// Ids of the notes in the index, for checks.
    public List<String> indexedIds() {
        return engine().index().ids();
    }
}
