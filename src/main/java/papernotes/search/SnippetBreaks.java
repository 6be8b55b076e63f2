package papernotes.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/// Candidate snippet boundaries for mixed Chinese and English notes: after line breaks and after sentence and
/// clause punctuation of either language (`。！？；，,.;!?`). The highlighter joins neighbouring pieces up to the
/// snippet length, so boundaries may be dense.
final class SnippetBreaks extends BreakIterator {

    private static final String BREAK_AFTER = "\n。！？；，、,;!?";

    private CharacterIterator text = new StringCharacterIterator("");
    private int current;

    private boolean breaksAt(int offset) {
        if (offset <= text.getBeginIndex() || offset >= text.getEndIndex()) {
            return true;
        }
        char before = text.setIndex(offset - 1);
        if (BREAK_AFTER.indexOf(before) >= 0) {
            return true;
        }
        if (before == '.') {
            char at = text.setIndex(offset);
            return Character.isWhitespace(at);
        }
        return false;
    }

    @Override
    public int first() {
        current = text.getBeginIndex();
        return current;
    }

    @Override
    public int last() {
        current = text.getEndIndex();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n; i++) {
            result = next();
        }
        for (int i = 0; i > n; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.getEndIndex()) {
            return DONE;
        }
        do {
            current++;
        } while (!breaksAt(current));
        return current;
    }

    @Override
    public int previous() {
        if (current <= text.getBeginIndex()) {
            return DONE;
        }
        do {
            current--;
        } while (!breaksAt(current));
        return current;
    }

    @Override
    public int following(int offset) {
        if (offset >= text.getEndIndex()) {
            current = text.getEndIndex();
            return DONE;
        }
        current = offset;
        return next();
    }

    @Override
    public int preceding(int offset) {
        if (offset <= text.getBeginIndex()) {
            current = text.getBeginIndex();
            return DONE;
        }
        current = offset;
        return previous();
    }

    @Override
    public boolean isBoundary(int offset) {
        return breaksAt(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return text;
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        current = newText.getBeginIndex();
    }
}
