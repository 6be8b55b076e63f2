package papernotes.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.BackupJson.NoteFileJson;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;

/// The files a note of a backup lists (`files`, schema version 3), checked as the library keeps them: each names a
/// file of the backup's attachments by a name an attachment may have, once, with the name it was attached as and its
/// size. Whether the backup holds each file is checked once all attachments are read ([BackupValidator]).
final class BackupNoteFiles {

    static final int MAX_FILE_NAME = 1000;

    private BackupNoteFiles() {}

    /// The files of the note `note`, in order; `fail` turns a problem into the exception naming the note's line.
    static List<NoteFile> read(
            @Nullable List<NoteFileJson> listed, NoteId note, Function<String, InterchangeException> fail) {
        if (listed == null) {
            return List.of();
        }
        var result = new ArrayList<NoteFile>();
        var seen = new HashSet<String>();
        for (NoteFileJson file : listed) {
            @Nullable NoteFileJson json = file;
            if (json == null) {
                throw fail.apply("the files of the note " + note + " must be a list of objects");
            }
            @Nullable String stored = json.stored();
            @Nullable String fileName = json.fileName();
            @Nullable Long bytes = json.bytes();
            if (stored == null || !ZipEntryNames.isAttachmentName(stored)) {
                throw fail.apply("the note " + note + " lists a file whose stored name '"
                        + ZipEntryNames.printable(String.valueOf(stored)) + "' is not an attachment's file name");
            }
            if (fileName == null || fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
                throw fail.apply("the note " + note + " lists the file " + stored
                        + " without the name it was attached as, or with one longer than " + MAX_FILE_NAME
                        + " characters");
            }
            if (bytes == null || bytes < 0) {
                throw fail.apply("the note " + note + " lists the file " + fileName + " without its size");
            }
            if (!seen.add(stored)) {
                throw fail.apply("the note " + note + " lists the file " + fileName + " twice");
            }
            result.add(new NoteFile(stored, fileName, bytes));
        }
        return result;
    }
}
