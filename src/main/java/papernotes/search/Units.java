package papernotes.search;

import java.util.ArrayList;
import java.util.List;

/// Splits a folded query word into runs of Chinese characters and runs of other letters and digits (with their
/// inner `-`, `_`, `.`), dropping everything else.
final class Units {

    record Unit(String text, boolean han) {}

    private Units() {}

    static List<Unit> split(String folded) {
        var result = new ArrayList<Unit>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(folded.codePointAt(i))) {
                    i += Character.charCount(folded.codePointAt(i));
                }
                result.add(new Unit(folded.substring(start, i), true));
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n) {
                    int c = folded.codePointAt(i);
                    if (Character.isLetterOrDigit(c) && !isHan(c)) {
                        i += Character.charCount(c);
                    } else if ((c == '-' || c == '_' || c == '.')
                            && i + 1 < n
                            && Character.isLetterOrDigit(folded.codePointAt(i + 1))
                            && !isHan(folded.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                result.add(new Unit(folded.substring(start, i), false));
            } else {
                i += Character.charCount(cp);
            }
        }
        return result;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && Character.isLetter(codePoint);
    }
}
