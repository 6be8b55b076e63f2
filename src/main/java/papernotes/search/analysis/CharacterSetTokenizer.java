package papernotes.search.analysis;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/// The Chinese characters of a text, each once, folded ([CharFolding]), in the order they first occur, typed
/// `<IDEOGRAPHIC>`. For a field that records only which notes have a term (`all.u`), one token per distinct
/// character says the same as one per occurrence, and a note's text holds each character many times.
public final class CharacterSetTokenizer extends Tokenizer {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final CharFolding folding;
    private final StringBuilder text = new StringBuilder();
    private final boolean[] seen = new boolean[Character.MAX_VALUE + 1];
    private final Set<Integer> seenSupplementary = new HashSet<>();
    private final char[] chunk = new char[4096];
    private int cursor;

    public CharacterSetTokenizer(CharFolding folding) {
        this.folding = folding;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        clearSeen();
        text.setLength(0);
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            for (int i = 0; i < read; i++) {
                text.append(folding.fold(chunk[i]));
            }
        }
        cursor = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (cursor < text.length()) {
            int cp = text.codePointAt(cursor);
            int start = cursor;
            cursor += Character.charCount(cp);
            if (ScriptScanner.kind(cp) == ScriptScanner.Kind.HAN && firstTime(cp)) {
                term.setEmpty().append(text, start, cursor);
                offset.setOffset(correctOffset(start), correctOffset(cursor));
                type.setType(MixedScriptTokenizer.IDEOGRAPHIC);
                return true;
            }
        }
        return false;
    }

    private boolean firstTime(int cp) {
        if (cp <= Character.MAX_VALUE) {
            boolean first = !seen[cp];
            seen[cp] = true;
            return first;
        }
        return seenSupplementary.add(cp);
    }

    private void clearSeen() {
        for (int i = 0; i < text.length(); i++) {
            seen[text.charAt(i)] = false;
        }
        seenSupplementary.clear();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offset.setOffset(end, end);
    }
}
