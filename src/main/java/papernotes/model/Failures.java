package papernotes.model;

/// What went wrong, in words, for a message to the user or the log.
public final class Failures {

    private Failures() {}

    /// The failure's own message; its kind (`NoSuchFileException`) when it has none, as some of the JDK's have not.
    public static String message(Throwable failure) {
        var message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
