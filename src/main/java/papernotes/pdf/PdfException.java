package papernotes.pdf;

import papernotes.model.PaperNotesException;

/// A PDF that cannot be read (malformed, truncated, encrypted, too large once inflated); the message is one sentence
/// naming the file and what is wrong with it.
public final class PdfException extends PaperNotesException {

    public PdfException(String message) {
        super(message);
    }

    public PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
