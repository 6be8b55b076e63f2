package papernotes.search;

import papernotes.model.PaperNotesException;

/// The search index could not be opened or written even after rebuilding it (for example a read-only disk).
public final class IndexUnavailableException extends PaperNotesException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
