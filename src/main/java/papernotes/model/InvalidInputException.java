package papernotes.model;

/// Input that breaks a rule of the library (an empty title, a malformed id, a tag with a line break).
public final class InvalidInputException extends PaperNotesException {

    public InvalidInputException(String message) {
        super(message);
    }
}
