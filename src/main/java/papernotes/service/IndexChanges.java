package papernotes.service;

import java.util.Collection;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import papernotes.model.NoteId;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.search.SearchEngine;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// Applies the library's changes to the search index and keeps its high-water mark, the library change number the
/// index reflects. Changes applied during a rebuild, or after some failed to apply, leave the mark where it is: the
/// catch-up after the rebuild, or at the next start, applies everything after it.
final class IndexChanges {

    private final LibraryStore store;
    private final Supplier<SearchEngine> engine;
    private final IndexedNotes indexedNotes;
    private final BooleanSupplier rebuilding;
    private volatile long applied;
    private volatile boolean missed;

    IndexChanges(
            LibraryStore store, Supplier<SearchEngine> engine, IndexedNotes indexedNotes, BooleanSupplier rebuilding) {
        this.store = store;
        this.engine = engine;
        this.indexedNotes = indexedNotes;
        this.rebuilding = rebuilding;
    }

    /// The library change number the index reflects.
    long applied() {
        return applied;
    }

    /// Sets the high-water mark: what the index's last commit says, what a rebuild read, 0 while it rebuilds.
    void claim(long mark) {
        applied = mark;
    }

    /// Applies every change made after the index's high-water mark.
    int catchUp() {
        missed = false;
        Map.Entry<Long, Integer> changed;
        try {
            changed = store.read(session -> {
                var notes = session.changes().changedSince(applied);
                var topics = notes.isEmpty() ? Map.<TopicPath, Topic>of() : IndexedNotes.topicMap(session);
                notes.forEach(entry -> index(session, entry.getKey(), topics));
                return Map.entry(session.changes().latest(), notes.size());
            });
        } catch (RuntimeException e) {
            missed = true;
            throw e;
        }
        if (changed.getValue() == 0) {
            return 0;
        }
        applied = Math.max(applied, changed.getKey());
        engine.get().index().commit(applied);
        engine.get().index().refresh();
        return changed.getValue();
    }

    /// Applies the notes of one write in one read of the library and makes them visible together.
    void apply(Collection<NoteId> ids) {
        try {
            long seq = store.read(session -> {
                var topics = IndexedNotes.topicMap(session);
                ids.forEach(id -> index(session, id, topics));
                return session.changes().latest();
            });
            if (!rebuilding.getAsBoolean() && !missed) {
                applied = Math.max(applied, seq);
            }
            engine.get().index().refresh();
        } catch (RuntimeException e) {
            missed = true;
            throw e;
        }
    }

    /// Indexes the note as the library has it now, or removes it when trashed or gone.
    private void index(StoreSession session, NoteId id, Map<TopicPath, Topic> topics) {
        var stored = session.notes().find(id);
        if (stored.isEmpty() || stored.get().isTrashed()) {
            engine.get().index().delete(id.value());
        } else {
            engine.get().index().upsert(indexedNotes.of(stored.get().note(), topics));
        }
    }
}
