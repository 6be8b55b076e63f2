package papernotes.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/// How alike two titles are, from 0 to 1: the Dice coefficient of their letter pairs, ignoring case, punctuation
/// and spacing (`FSGAN: Subject Agnostic Face Swapping` and `FSGAN - subject agnostic face-swapping` are 1).
final class TitleSimilarity {

    private TitleSimilarity() {}

    static double of(String a, String b) {
        var left = pairs(a);
        var right = pairs(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (var entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> pairs(String text) {
        var letters = text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        var result = new HashMap<String, Integer>();
        for (int i = 0; i + 2 <= letters.length(); i = letters.offsetByCodePoints(i, 1)) {
            int end = letters.offsetByCodePoints(i, Math.min(2, letters.codePointCount(i, letters.length())));
            if (letters.codePointCount(i, end) < 2) {
                break;
            }
            result.merge(letters.substring(i, end), 1, Integer::sum);
        }
        return result;
    }
}
