package papernotes.search;

/// What the quick switcher's matching asks of a title's characters: where words start, which are Chinese, and the
/// bit each sets in a name's mask of characters (see [TitleMatcher]).
final class TitleChars {

    private TitleChars() {}

    /// Whether a word starts at `i`: after a non-letter, between Chinese and other letters, between letters and
    /// digits, and at a capital in camel case (`FaceShifter`, `PIFuHD`). Inside a run of Chinese characters no
    /// word starts (the characters are initials all the same).
    static boolean isWordStart(String text, int i) {
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
            return true;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (isHan(c) != isHan(before)) {
            return true;
        }
        if (isHan(c)) {
            return false;
        }
        if (Character.isDigit(c) != Character.isDigit(before)) {
            return true;
        }
        if (Character.isUpperCase(c) && Character.isLowerCase(before)) {
            return true;
        }
        return Character.isUpperCase(c)
                && Character.isUpperCase(before)
                && i + 1 < text.length()
                && Character.isLowerCase(text.charAt(i + 1));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && Character.isLetter(c);
    }

    /// One of 64 bits for a character: letters and digits each their own, anything else shares the rest.
    static long bit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }
}
