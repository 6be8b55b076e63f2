package papernotes.interchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import papernotes.model.NoteDraft;

/// One note file of a vault as read: the note, the times its front matter gives (when valid), the name it has in
/// messages (`vault/Face Swap/FSGAN.md`), its path relative to the vault's folder (`Face Swap/FSGAN.md`, with `/`)
/// the line its body starts on, so that problems found later in the body can name their line, and the files its
/// front matter lists under `files` as written (a link or a path each, with its line), for the import to find.
public record VaultNote(
        NoteDraft draft,
        Optional<Instant> created,
        Optional<Instant> updated,
        String file,
        String relativePath,
        int bodyLine,
        List<FrontMatter.Item> files) {

    public VaultNote {
        files = List.copyOf(files);
    }

    /// The same note without the id its file gave (imported as a new note).
    public VaultNote withoutId() {
        return new VaultNote(
                new NoteDraft(
                        Optional.empty(),
                        draft.title(),
                        draft.topic(),
                        draft.tags(),
                        draft.aliases(),
                        draft.links(),
                        draft.reading(),
                        draft.body()),
                created,
                updated,
                file,
                relativePath,
                bodyLine,
                files);
    }

    /// The folder the file lies in, relative to the vault's folder: `Face Swap`, or empty at the top.
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
