package papernotes.model;

import java.util.Locale;
import java.util.Optional;

/// Where a reader is with the paper a note is about: still to read it, reading it, or done. A note without one is
/// simply a note; most notes of a library are not papers waiting to be read.
public enum ReadingStatus {
    TO_READ("to-read", "待读"),
    READING("reading", "在读"),
    READ("read", "已读");

    private final String key;
    private final String chinese;

    ReadingStatus(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    /// How the library, the command line and exports write it: `to-read`, `reading` or `read`.
    public String key() {
        return key;
    }

    /// The status as typed: `to-read`, `reading` or `read` in any case (`to read` and `to_read` too), or `待读`,
    /// `在读`, `已读`; blank is no status. Anything else is refused in one sentence.
    public static Optional<ReadingStatus> parse(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (ReadingStatus status : values()) {
            if (status.key.equals(value) || status.chinese.equals(value)) {
                return Optional.of(status);
            }
        }
        throw new InvalidInputException("'" + text.strip()
                + "' is not a reading status: give to-read, reading or read (待读, 在读, 已读), or nothing to clear it.");
    }

    /// The status a library stores as `key` (see [#key]).
    public static ReadingStatus ofKey(String key) {
        for (ReadingStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("No reading status is stored as '" + key + "'");
    }
}
