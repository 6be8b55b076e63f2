package papernotes.service;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.search.IndexUnavailableException;
import papernotes.search.SearchEngine;

/// The opening of the search engine, which may run in the background ([IndexUpkeep#openInBackground]): when it may
/// start, waiting for it, and the changes saved meanwhile, only noted (so that a save never waits for the index to
/// open) and handed on once it is open.
final class IndexOpening {

    private final CompletableFuture<SearchEngine> opened;
    /// Done once the engine is open and bringing it up to date has started (so [IndexUpkeep#awaitIndex] sees the
    /// rebuild).
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    /// Done when the engine may start opening.
    private final CompletableFuture<Void> go = new CompletableFuture<>();
    private final Object lock = new Object();
    private final Set<NoteId> changedMeanwhile = new LinkedHashSet<>();

    /// `opened`: done already when the caller opened the engine itself.
    IndexOpening(CompletableFuture<SearchEngine> opened) {
        this.opened = opened;
        if (opened.isDone()) {
            started.complete(null);
        }
    }

    /// Lets the opening start now if it has not started; returns at once.
    void start() {
        go.complete(null);
    }

    /// Waits until the opening may start: [#start] was called, or `holdAtMost` has passed.
    void awaitGo(Duration holdAtMost) {
        try {
            go.get(holdAtMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // held long enough: open now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /// Hands out the engine opened.
    void opened(SearchEngine engine) {
        opened.complete(engine);
    }

    /// The engine could not be opened: whoever needs it hears why.
    void failed(RuntimeException e) {
        opened.completeExceptionally(e);
    }

    /// Whether the opening is over, the engine open or failed.
    boolean isDone() {
        return opened.isDone();
    }

    /// Whether the engine could not be opened.
    boolean hasFailed() {
        return opened.isCompletedExceptionally();
    }

    /// Starts the opening if need be and waits until the index is open and has the changes saved while it opened.
    void awaitStarted() {
        start();
        started.join();
    }

    /// The engine, once open.
    SearchEngine engine() {
        start();
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

    /// Notes `ids` for when the opening is over and returns true, or returns false when it is over already.
    boolean noted(Collection<NoteId> ids) {
        synchronized (lock) {
            if (!started.isDone()) {
                changedMeanwhile.addAll(ids);
                return true;
            }
        }
        return false;
    }

    /// Marks the opening over, handing the changes noted meanwhile to `apply` (those noted while it runs too).
    void finish(Consumer<List<NoteId>> apply) {
        while (true) {
            List<NoteId> pending;
            synchronized (lock) {
                if (changedMeanwhile.isEmpty() || opened.isCompletedExceptionally()) {
                    started.complete(null);
                    return;
                }
                pending = List.copyOf(changedMeanwhile);
                changedMeanwhile.clear();
            }
            apply.accept(pending);
        }
    }
}
