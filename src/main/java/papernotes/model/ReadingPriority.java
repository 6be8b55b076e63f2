package papernotes.model;

import java.util.Locale;
import java.util.Optional;

/// How soon a paper should be read: 1 is high, 3 low (as JabRef's `prio1` to `prio3`).
public enum ReadingPriority {
    HIGH(1, "高"),
    MEDIUM(2, "中"),
    LOW(3, "低");

    private final int level;
    private final String chinese;

    ReadingPriority(int level, String chinese) {
        this.level = level;
        this.chinese = chinese;
    }

    /// 1 (high), 2 or 3 (low), as the library stores it.
    public int level() {
        return level;
    }

    /// The priority as typed: `1`, `2` or `3`, `high`, `medium` or `low`, JabRef's `prio1` to `prio3`, or `高`,
    /// `中`, `低`; blank is no priority. Anything else is refused in one sentence.
    public static Optional<ReadingPriority> parse(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (ReadingPriority priority : values()) {
            var level = Integer.toString(priority.level);
            if (value.equals(level)
                    || value.equals("prio" + level)
                    || value.equals(priority.name().toLowerCase(Locale.ROOT))
                    || value.equals(priority.chinese)) {
                return Optional.of(priority);
            }
        }
        throw new InvalidInputException(
                "'" + text.strip() + "' is not a priority: give 1 (high), 2 or 3 (low), or nothing to clear it.");
    }

    /// The priority a library stores as `level` (1 to 3).
    public static ReadingPriority ofLevel(int level) {
        for (ReadingPriority priority : values()) {
            if (priority.level == level) {
                return priority;
            }
        }
        throw new IllegalArgumentException("No priority is stored as " + level);
    }
}
