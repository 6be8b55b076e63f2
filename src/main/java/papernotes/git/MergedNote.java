package papernotes.git;

import java.util.Optional;
import papernotes.model.NoteConflict;
import papernotes.model.NoteState;

/// What a sync keeps of one note after [NoteMerge]: the note (empty when it is deleted for good), and the
/// conflict when both sides changed some field or the body's lines in different ways. A conflicted note is kept
/// all the same, with the values the conflict names.
public record MergedNote(Optional<NoteState> state, Optional<NoteConflict> conflict) {

    public MergedNote {
        if (conflict.isPresent() && state.isEmpty()) {
            throw new IllegalArgumentException("A conflicted note is kept, not deleted");
        }
    }

    static MergedNote clean(Optional<NoteState> state) {
        return new MergedNote(state, Optional.empty());
    }
}
