package papernotes.model;

/// What reading an attached file's text gave: its text (kept page by page), no text to read (a scan; `pages`
/// still counts its pages), or a failure, with the sentence saying why.
public record FileText(State state, int pages, String message) {

    public enum State {
        TEXT,
        NONE,
        FAILED
    }

    public FileText {
        if (pages < 0) {
            throw new IllegalArgumentException("A file cannot have fewer than no pages");
        }
    }
}
