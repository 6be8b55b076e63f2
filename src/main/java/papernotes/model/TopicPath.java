package papernotes.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// Where a topic sits in the topic tree: its names from the top down, written `3D Face Reconstruction / 帝国理工组`.
public record TopicPath(List<String> names) implements Comparable<TopicPath> {

    public static final String SEPARATOR = " / ";
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_DEPTH = 16;

    public TopicPath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new InvalidInputException("A topic needs a name.");
        }
        if (names.size() > MAX_DEPTH) {
            throw new InvalidInputException("Topics nest at most " + MAX_DEPTH + " levels deep.");
        }
        for (String name : names) {
            checkName(name);
        }
    }

    /// Parses `A / B / C`; spaces around each name are ignored, so `A/B` works too.
    public static TopicPath parse(String text) {
        var names = Arrays.stream(text.split("/", -1)).map(String::strip).toList();
        if (names.stream().anyMatch(String::isEmpty)) {
            throw new InvalidInputException(
                    "'" + text
                            + "' is not a topic path: every level needs a name, as in 'Face Swap' or '3D Face Reconstruction / 帝国理工组'.");
        }
        return new TopicPath(names);
    }

    public static TopicPath of(String... names) {
        return new TopicPath(List.of(names));
    }

    private static void checkName(String name) {
        if (name.isBlank()) {
            throw new InvalidInputException("A topic name cannot be empty.");
        }
        if (!name.equals(name.strip())) {
            throw new InvalidInputException("The topic name '" + name + "' starts or ends with spaces.");
        }
        if (name.contains("/")) {
            throw new InvalidInputException(
                    "The topic name '" + name + "' contains '/', which separates topic levels.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("The topic name '" + name.strip() + "' contains a control character.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("A topic name can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
    }

    public String name() {
        return names.getLast();
    }

    public int depth() {
        return names.size();
    }

    public Optional<TopicPath> parent() {
        return names.size() == 1 ? Optional.empty() : Optional.of(new TopicPath(names.subList(0, names.size() - 1)));
    }

    public TopicPath child(String name) {
        var childNames = new ArrayList<>(names);
        childNames.add(name);
        return new TopicPath(childNames);
    }

    /// Whether this path is `other` or lies below it.
    public boolean isWithin(TopicPath other) {
        return names.size() >= other.names.size()
                && names.subList(0, other.names.size()).equals(other.names);
    }

    @Override
    public int compareTo(TopicPath other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, names);
    }
}
