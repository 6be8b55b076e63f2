package papernotes.service;

import java.util.List;
import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;

/// A note a sync round found changed in the same places on both sides: what conflicted (`BODY`, `TITLE`…), which
/// side the note kept, and both sides whole with their common ancestor when there was one.
public record SyncConflict(
        NoteId id, List<String> fields, Keep kept, Optional<NoteState> base, NoteState mine, NoteState theirs) {

    public SyncConflict {
        fields = List.copyOf(fields);
    }

    /// How a conflict is settled: the note takes this library's version, the other's, or keeps what it has with the
    /// other version beside it as a conflict copy.
    public enum Keep {
        MINE,
        THEIRS,
        BOTH
    }

    /// What settling did: the note as it is now, and the conflict copy made for `both`.
    public record Resolved(Note note, Optional<Note> copy) {}

    /// The version the note did not keep.
    public NoteState other() {
        return kept == Keep.THEIRS ? mine : theirs;
    }
}
