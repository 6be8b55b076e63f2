package papernotes.model;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/// The stable identity of a note: 8 characters of Crockford base32, lower case (`k3v9x2mq`).
/// Short enough to type on the command line, random enough (40 bits) never to clash in one library.
public record NoteId(String value) implements Comparable<NoteId> {

    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    public static final int LENGTH = 8;

    public NoteId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new InvalidInputException(
                    "'" + value + "' is not a note id (ids are 8 characters such as k3v9x2mq).");
        }
    }

    /// Whether `text` has the shape of an id, so a caller can tell ids from titles without catching exceptions.
    /// Checked character by character rather than with a pattern: every note read from the library makes an id.
    public static boolean isWellFormed(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public static NoteId random(RandomGenerator random) {
        var chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new NoteId(new String(chars));
    }

    public static NoteId random() {
        return random(new SecureRandom());
    }

    @Override
    public int compareTo(NoteId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
