package papernotes.git;

import papernotes.model.PaperNotesException;

/// A sync step that failed, with what kind of failure it was so that the caller can tell the user what to do. The
/// message is one sentence for people; it never holds a password or token.
public final class SyncException extends PaperNotesException {

    /// What went wrong, as far as the user can act on it.
    public enum Kind {
        /// The remote could not be reached: no network, a wrong host or port, a server that is down, a time-out.
        NETWORK_DOWN,
        /// The remote wants other credentials, or refuses these the right to read or write.
        AUTHENTICATION_FAILED,
        /// There is no repository at the address (or no sync repository in the folder).
        NOT_FOUND,
        /// The disk the repository is on is full.
        DISK_FULL,
        /// Anything else.
        OTHER
    }

    private final Kind kind;

    public SyncException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
