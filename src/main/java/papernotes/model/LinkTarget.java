package papernotes.model;

import java.util.Objects;

/// What a note links to: another note by its id (`[text](note:k3v9x2mq)`), or by a name (`[[GPEN]]`,
/// `[[GPEN|这篇]]`), meaning the note whose title or alias that is. Names are kept normalized ([#name]), so that
/// two spellings that lead to the same note are the same target.
public record LinkTarget(Kind kind, String value) {

    public enum Kind {
        ID,
        NAME
    }

    public LinkTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static LinkTarget id(NoteId id) {
        return new LinkTarget(Kind.ID, id.value());
    }

    /// A link by name: trimmed, ASCII letters in lower case, exactly as a `[[name]]` is matched against titles and
    /// aliases when a note is shown (`COLLATE NOCASE`), so `[[gfpgan]]` and `[[GFPGAN ]]` are one target.
    public static LinkTarget name(String name) {
        return new LinkTarget(Kind.NAME, normalize(name));
    }

    /// `name` trimmed, with `A`–`Z` in lower case and every other character as it is.
    public static String normalize(String name) {
        var stripped = name.strip();
        var chars = stripped.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
