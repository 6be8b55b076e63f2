package papernotes.interchange;

import papernotes.model.PaperNotesException;

/// A file that cannot be read as PaperNotes expects. The message names the file and, where known, the line.
public final class InterchangeException extends PaperNotesException {

    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
