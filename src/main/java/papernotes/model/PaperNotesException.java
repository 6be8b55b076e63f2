package papernotes.model;

/// A failure the user can act on. Its message is one clear sentence meant for people, never a stack trace.
public class PaperNotesException extends RuntimeException {

    public PaperNotesException(String message) {
        super(message);
    }

    public PaperNotesException(String message, Throwable cause) {
        super(message, cause);
    }
}
