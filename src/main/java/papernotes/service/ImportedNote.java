package papernotes.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFile;

/// A note read from outside the library and checked, ready to be planned: the note, the times it carries (when
/// the source gives valid ones), where it came from, for messages (`vault/Face Swap/FSGAN.md`), and the files it
/// lists, in order, as the library will list them (their copies among the batch's attachments). A note that lists
/// none leaves the library's list of an existing note as it is.
public record ImportedNote(
        NoteDraft draft, Optional<Instant> created, Optional<Instant> updated, String file, List<NoteFile> files) {

    public ImportedNote {
        files = List.copyOf(files);
    }
}
