package papernotes.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/// Rules for the short labels a note carries: tags, aliases and titles.
public final class Labels {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_TAG_LENGTH = 100;

    private Labels() {}

    /// A title: trimmed, not empty, one line.
    public static String title(String raw) {
        var title = raw.strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("A note needs a title; the title given is empty.");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A title must be one line without control characters.");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("A title can be at most " + MAX_TITLE_LENGTH + " characters long.");
        }
        return title;
    }

    /// A tag: trimmed, a leading `#` dropped (as Obsidian writes them), not empty, one line.
    public static String tag(String raw) {
        var tag = raw.strip();
        if (tag.startsWith("#")) {
            tag = tag.substring(1).strip();
        }
        if (tag.isEmpty()) {
            throw new InvalidInputException("A tag cannot be empty.");
        }
        if (tag.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("The tag '"
                    + tag.replaceAll("\\p{Cntrl}", " ").strip() + "' contains a line break or control character.");
        }
        if (tag.length() > MAX_TAG_LENGTH) {
            throw new InvalidInputException("A tag can be at most " + MAX_TAG_LENGTH + " characters long.");
        }
        return tag;
    }

    /// A topic's display name (its Chinese name, `换脸`): trimmed, one line, may be empty.
    public static String topicNameZh(String raw) {
        var name = raw.strip();
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A topic's display name must be one line without control characters.");
        }
        if (name.length() > TopicPath.MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    "A topic's display name can be at most " + TopicPath.MAX_NAME_LENGTH + " characters long.");
        }
        return name;
    }

    /// An alias follows the rules of a title.
    public static String alias(String raw) {
        try {
            return title(raw);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Alias: " + e.getMessage());
        }
    }

    /// Normalizes each label and drops repeats that differ only in case, keeping the first spelling and the order.
    public static List<String> distinct(Collection<String> raw, UnaryOperator<String> rule) {
        var seen = new HashSet<String>();
        var result = new ArrayList<String>();
        for (String label : raw) {
            var clean = rule.apply(label);
            if (seen.add(clean.toLowerCase(Locale.ROOT))) {
                result.add(clean);
            }
        }
        return List.copyOf(result);
    }

    public static List<String> tags(Collection<String> raw) {
        return distinct(raw, Labels::tag);
    }

    public static List<String> aliases(Collection<String> raw) {
        return distinct(raw, Labels::alias);
    }
}
