package papernotes.storage;

import papernotes.model.PaperNotesException;

/// The library file could not be read or written. The message says what happened in words a user can act on.
public class StorageException extends PaperNotesException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
