package papernotes.service;

import papernotes.model.PaperNotesException;

/// No note answers to what the user named.
public final class NoteNotFoundException extends PaperNotesException {

    public NoteNotFoundException(String message) {
        super(message);
    }
}
