package papernotes.service;

import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteDraft;

/// One note of an import and what to do with it: the plan, the note as read, the library's note it matched, and the
/// draft to store (for a conflict, the copy).
record ImportStep(PlannedNote plan, ImportedNote note, Optional<Note> existing, NoteDraft write) {}
