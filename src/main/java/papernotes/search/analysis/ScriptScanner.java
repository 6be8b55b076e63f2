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
        return switch (script) {
            case HAN -> Character.isIdeographic(codePoint) || Character.isLetter(codePoint) ? Kind.HAN : Kind.OTHER;
            case HIRAGANA -> Kind.HIRAGANA;
            case KATAKANA -> Character.isLetter(codePoint) ? Kind.KATAKANA : Kind.OTHER;
            case HANGUL -> Character.isLetter(codePoint) ? Kind.HANGUL : Kind.OTHER;
            default -> {
                if (Character.isLetterOrDigit(codePoint)) {
                    yield Kind.WORD_CHAR;
                }
                int type = Character.getType(codePoint);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                    yield Kind.WORD_CHAR;
                }
                yield codePoint == '-' || codePoint == '_' || codePoint == '.' ? Kind.JOINER : Kind.OTHER;
            }
        };
    }
}
