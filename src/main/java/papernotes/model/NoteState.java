package papernotes.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// What one library holds of one note when libraries are synchronized (issue #22): the note, whether it is in the
/// trash and since when, and the names of its attached files as stored (`0123…abcd.pdf`).
public record NoteState(Note note, Optional<Instant> trashed, List<String> files) {

    public NoteState {
        files = List.copyOf(files);
    }

    /// A note outside the trash without attached files.
    public static NoteState of(Note note) {
        return new NoteState(note, Optional.empty(), List.of());
    }

    public NoteId id() {
        return note.id();
    }
}
