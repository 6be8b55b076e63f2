package papernotes.model;

/// Rules for a note's Markdown body.
public final class Bodies {

    /// Ten million characters: far beyond any real note, small enough that one note cannot exhaust memory.
    public static final int MAX_LENGTH = 10_000_000;

    private Bodies() {}

    /// Returns the body with line endings unified to `\n`; refuses text no note can hold.
    public static String check(String body) {
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInputException("A note body can be at most " + MAX_LENGTH + " characters long.");
        }
        if (body.indexOf('\0') >= 0) {
            throw new InvalidInputException("The note body contains a NUL character; is it a binary file?");
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
