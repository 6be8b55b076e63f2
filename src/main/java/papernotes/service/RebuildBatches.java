package papernotes.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import papernotes.model.NoteId;
import papernotes.search.IndexedNote;
import papernotes.storage.LibraryStore;

/// The notes of a rebuild, read from the library [#BATCH] rows at a time, under the index
/// builders' lock; each note's Markdown is read by the builder that takes it. Stops early when the library closes.
final class RebuildBatches implements Iterator<Supplier<IndexedNote>> {

    static final int BATCH = 500;

    private final LibraryStore store;
    private final List<NoteId> ids;
    private final IndexedNotes indexedNotes;
    private final BooleanSupplier closing;
    private final IntConsumer progress;
    private int next;
    private Iterator<Supplier<IndexedNote>> batch = Collections.emptyIterator();

    /// `progress` hears how many notes were read before the batch being read.
    RebuildBatches(
            LibraryStore store,
            List<NoteId> ids,
            IndexedNotes indexedNotes,
            BooleanSupplier closing,
            IntConsumer progress) {
        this.store = store;
        this.ids = ids;
        this.indexedNotes = indexedNotes;
        this.closing = closing;
        this.progress = progress;
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext() && next < ids.size() && !closing.getAsBoolean()) {
            var slice = ids.subList(next, Math.min(ids.size(), next + BATCH));
            next += slice.size();
            progress.accept(next - slice.size());
            batch = store.read(session -> {
                        var topics = IndexedNotes.topicMap(session);
                        var notes = new ArrayList<Supplier<IndexedNote>>();
                        for (NoteId id : slice) {
                            session.notes()
                                    .find(id)
                                    .filter(n -> !n.isTrashed())
                                    .ifPresent(stored -> notes.add(() -> indexedNotes.of(stored.note(), topics)));
                        }
                        return notes;
                    })
                    .iterator();
        }
        return batch.hasNext();
    }

    @Override
    public Supplier<IndexedNote> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }
}
