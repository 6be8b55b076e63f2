package papernotes.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import papernotes.interchange.FrontMatterWriter;
import papernotes.model.PaperNotesException;

/// Writes the text of a note being edited to a Markdown file of the user's choosing, outside the library: the way
/// to keep a draft the library cannot take (a full disk, a library folder gone), and a file any editor opens. The
/// file has the note's title, topic and tags as front matter, so that importing it brings the note back. Written
/// beside the target and renamed into place: the file is whole or unchanged.
public final class DraftCopy {

    /// What is being edited, as typed.
    public record Draft(String title, String topic, List<String> tags, String body) {

        public Draft {
            tags = List.copyOf(tags);
        }
    }

    /// Saves `draft` to `file` (replacing it if it exists); throws [PaperNotesException] saying why it could not.
    public void save(Draft draft, Path file) {
        var matter = new FrontMatterWriter().text("title", draft.title());
        if (!draft.topic().isBlank()) {
            matter.text("topic", draft.topic().strip());
        }
        if (!draft.tags().isEmpty()) {
            matter.list("tags", draft.tags());
        }
        var target = file.toAbsolutePath().normalize();
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), ".papernotes-copy-", ".md");
            Files.writeString(partial, matter.document(draft.body()), StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new PaperNotesException("Could not save a copy to " + target + ": " + reason(e) + ".", e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover hidden file beside the target is all that can remain
                }
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
