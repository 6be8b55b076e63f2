package papernotes.interchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/// Citation keys in the manner of Better BibTeX, from what a note knows (its title and year; it has no authors):
/// the first significant word of the title, folded to lower-case ASCII, then the year (`gfpgan2021`,
/// `attention2017`); the second note with the same key gets `a`, the next `b`, and so on.
public final class Citekeys {

    public static final int MAX_LENGTH = 100;

    private static final Pattern VALID = Pattern.compile("[^\\s{}(),\"#%'=\\\\~]{1," + MAX_LENGTH + "}");
    private static final Set<String> SKIPPED = Set.of(
            "a",
            "an",
            "the",
            "on",
            "of",
            "in",
            "for",
            "to",
            "towards",
            "toward",
            "with",
            "and",
            "from",
            "via",
            "is",
            "are",
            "what",
            "how",
            "when",
            "why",
            "do",
            "does",
            "can",
            "at",
            "by",
            "into",
            "beyond",
            "revisiting",
            "rethinking");

    private Citekeys() {}

    /// The key before any clash suffix: `gfpgan2021`; `paper2021` (or `paper`) for a title without ASCII letters.
    public static String base(String title, Optional<Integer> year) {
        var folded = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('ß', 's')
                .replace('ø', 'o')
                .replace('æ', 'a')
                .replace('ł', 'l')
                .toLowerCase(Locale.ROOT);
        String word = "";
        for (String candidate : folded.split("[^a-z0-9]+", 0)) {
            if (!candidate.isEmpty() && !SKIPPED.contains(candidate)) {
                word = candidate;
                break;
            }
        }
        if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
            word = "paper" + word;
        }
        if (word.length() > 40) {
            word = word.substring(0, 40);
        }
        return word + year.map(String::valueOf).orElse("");
    }

    /// The `n`th key for `base` (0: the base itself, 1: `…a`, 26: `…z`, 27: `…aa`).
    public static String candidate(String base, int n) {
        if (n == 0) {
            return base;
        }
        var suffix = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            suffix.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return base + suffix;
    }

    /// Whether `key` can be written as a BibTeX key: 1 to 100 characters, none of them a space, brace, comma,
    /// quote or other character that ends a key.
    public static boolean isValid(String key) {
        return VALID.matcher(key).matches();
    }
}
