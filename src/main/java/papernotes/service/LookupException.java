package papernotes.service;

import papernotes.model.PaperNotesException;

/// A paper that could not be found, or a service that could not tell: one sentence that says which and why.
public final class LookupException extends PaperNotesException {

    public LookupException(String message) {
        super(message);
    }
}
