package papernotes.service;

import java.util.Collection;
import papernotes.model.NoteId;

/// Told after a change to notes has been committed (created, edited, trashed, restored, deleted for good, or shown
/// differently because their topic or a tag of theirs was renamed).
@FunctionalInterface
public interface ChangeListener {

    ChangeListener NONE = id -> {};

    void noteChanged(NoteId id);

    /// Told once for the notes of one write; by default one [#noteChanged] per note.
    default void notesChanged(Collection<NoteId> ids) {
        ids.forEach(this::noteChanged);
    }
}
