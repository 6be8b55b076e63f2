package papernotes.markdown;

import java.util.Optional;

/// How a rendered note refers to the rest of the library: `[[Title]]` to a note id, and an attachment name to the
/// address the note view loads it from.
public interface NoteLinks {

    NoteLinks NONE = new NoteLinks() {
        @Override
        public Optional<String> noteId(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<String> attachment(String name) {
            return Optional.empty();
        }
    };

    /// The id of the note called `title` (title or alias), if there is exactly one.
    Optional<String> noteId(String title);

    /// The address the note view shows the attachment `name` from (a `data:` image), if it exists and is an image.
    Optional<String> attachment(String name);

    /// Whether the library's attachments folder holds a file `name` (a PDF, a data file) a link can open.
    default boolean hasFile(String name) {
        return false;
    }
}
