package papernotes.service;

import java.util.Optional;
import papernotes.model.NoteId;
import papernotes.storage.VectorStore;

/// Where the index finds a note's meaning vector when it indexes the note ([MeaningUpkeep] computes them).
@FunctionalInterface
public interface MeaningLookup {

    /// No vectors: the notes are indexed by their words alone.
    MeaningLookup NONE = id -> Optional.empty();

    Optional<byte[]> vector(NoteId id);

    /// The vectors `store` keeps for the shipped model, as [MeaningUpkeep] reads notes.
    static MeaningLookup of(VectorStore store) {
        return id -> store.vector(id, MeaningUpkeep.VECTORS);
    }
}
