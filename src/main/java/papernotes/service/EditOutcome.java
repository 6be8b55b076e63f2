package papernotes.service;

import java.util.Optional;
import papernotes.model.Note;

/// The note after an edit, and the number of the revision that keeps the version before it (empty when the edit
/// changed nothing and so saved nothing).
public record EditOutcome(Note note, Optional<Integer> revision) {

    public boolean changed() {
        return revision.isPresent();
    }
}
