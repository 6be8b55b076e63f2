package papernotes.web;

import papernotes.model.PaperNotesException;

/// A service on the web that could not be asked or did not answer as it should. The message is one sentence that
/// names the service and what happened ("arXiv did not answer in 10 s.").
public final class WebException extends PaperNotesException {

    public WebException(String message) {
        super(message);
    }

    public WebException(String message, Throwable cause) {
        super(message, cause);
    }
}
