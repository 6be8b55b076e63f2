package papernotes.search.analysis;

/// Classifies characters for [MixedScriptTokenizer].
final class ScriptScanner {

    enum Kind {
        HAN,
        HIRAGANA,
        KATAKANA,
        HANGUL,
        WORD_CHAR,
        JOINER,
        OTHER
    }

    private ScriptScanner() {}

    static Kind kind(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        switch (script) {
            case HAN -> {
                return Character.isIdeographic(codePoint) || Character.isLetter(codePoint) ? Kind.HAN : Kind.OTHER;
            }
            case HIRAGANA -> {
                return Kind.HIRAGANA;
            }
            case KATAKANA -> {
                return Character.isLetter(codePoint) ? Kind.KATAKANA : Kind.OTHER;
            }
            case HANGUL -> {
                return Character.isLetter(codePoint) ? Kind.HANGUL : Kind.OTHER;
            }
            default -> {
                if (Character.isLetterOrDigit(codePoint)) {
                    return Kind.WORD_CHAR;
                }
                int type = Character.getType(codePoint);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                    return Kind.WORD_CHAR;
                }
                return codePoint == '-' || codePoint == '_' || codePoint == '.' ? Kind.JOINER : Kind.OTHER;
            }
        }
    }
}
