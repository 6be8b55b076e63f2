package papernotes.service;

import papernotes.model.NoteId;

/// Told after a change to a note has been committed (created, edited, trashed, restored).
@FunctionalInterface
public interface ChangeListener {

    ChangeListener NONE = id -> { };

    void noteChanged(NoteId id);
}
