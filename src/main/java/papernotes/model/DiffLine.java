package papernotes.model;

/// One line of a line-by-line comparison of two texts: in both (`SAME`), only in the newer (`ADDED`) or only in
/// the older (`REMOVED`). Lines carry no line break.
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public static DiffLine same(String text) {
        return new DiffLine(Kind.SAME, text);
    }

    public static DiffLine added(String text) {
        return new DiffLine(Kind.ADDED, text);
    }

    public static DiffLine removed(String text) {
        return new DiffLine(Kind.REMOVED, text);
    }
}
