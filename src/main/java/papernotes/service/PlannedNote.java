package papernotes.service;

import java.util.Optional;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;

/// What an import does (or did) with one note: `file` it came from, the `title` and `topic` it has (or would have)
/// in the library, its `id` (known before the import only when it keeps the id it came with or is the library's note
/// being updated or skipped), the library's note it matched (`existing`) and why, in words.
public record PlannedNote(
        Action action,
        String file,
        String title,
        TopicPath topic,
        Optional<NoteId> id,
        Optional<NoteId> existing,
        String reason) {

    public enum Action {
        /// a new note
        ADD,
        /// the library's note of the same id and text gets the file's title, topic, tags, aliases and paper fields
        UPDATE,
        /// nothing to do (the same note is there, or a copy of it)
        SKIP,
        /// the library's note of the same id has another text: the file's version is added as a copy beside it
        CONFLICT
    }
}
