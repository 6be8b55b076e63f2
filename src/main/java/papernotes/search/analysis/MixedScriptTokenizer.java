package papernotes.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Optional;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/// Splits mixed Chinese and English text into tokens:
/// - an identifier or word in any alphabet is one token, including inner `-`, `_` and `.` between letters or
///   digits (`Real-ESRGAN`, `3DDFA_V2`, `stylegan2`, `U-Net`), typed `<ALPHANUM>`;
/// - Chinese characters are single-character tokens typed `<IDEOGRAPHIC>` (for bigrams), or, with a
///   [WordSegmenter], words typed `<WORD>`; kana and Hangul are typed as StandardTokenizer types them;
/// - everything else separates tokens.
/// Characters are folded first ([CharFolding]: width, Traditional → Simplified); offsets point into the original.
public final class MixedScriptTokenizer extends Tokenizer {

    public static final String ALPHANUM = "<ALPHANUM>";
    public static final String IDEOGRAPHIC = "<IDEOGRAPHIC>";
    public static final String WORD = "<WORD>";
    static final int MAX_TOKEN_LENGTH = 255;

    private record Pending(int start, int end, String type) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final CharFolding folding;
    private final Optional<WordSegmenter> segmenter;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private char[] text = new char[0];
    private int length;
    private int cursor;

    public MixedScriptTokenizer(CharFolding folding, Optional<WordSegmenter> segmenter) {
        this.folding = folding;
        this.segmenter = segmenter;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        var buffer = new StringBuilder();
        var chunk = new char[8192];
        int read;
        while ((read = input.read(chunk)) > 0) {
            buffer.append(chunk, 0, read);
        }
        length = buffer.length();
        text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = folding.fold(buffer.charAt(i));
        }
        cursor = 0;
        pending.clear();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (pending.isEmpty() && !scan()) {
            return false;
        }
        var next = pending.poll();
        term.copyBuffer(text, next.start(), Math.min(next.end() - next.start(), MAX_TOKEN_LENGTH));
        offset.setOffset(correctOffset(next.start()), correctOffset(next.end()));
        type.setType(next.type());
        position.setPositionIncrement(1);
        return true;
    }

    /// Finds the next token(s) after the cursor; false at the end of the text.
    private boolean scan() {
        while (cursor < length) {
            int cp = Character.codePointAt(text, cursor, length);
            var kind = ScriptScanner.kind(cp);
            switch (kind) {
                case HAN -> {
                    scanHan();
                    return true;
                }
                case HIRAGANA, KATAKANA, HANGUL -> {
                    int start = cursor;
                    cursor += Character.charCount(cp);
                    pending.add(new Pending(start, cursor, "<" + kind.name() + ">"));
                    return true;
                }
                case WORD_CHAR -> {
                    scanWord();
                    return true;
                }
                default -> cursor += Character.charCount(cp);
            }
        }
        return false;
    }

    private void scanHan() {
        int start = cursor;
        while (cursor < length) {
            int cp = Character.codePointAt(text, cursor, length);
            if (ScriptScanner.kind(cp) != ScriptScanner.Kind.HAN) {
                break;
            }
            if (segmenter.isEmpty()) {
                pending.add(new Pending(cursor, cursor + Character.charCount(cp), IDEOGRAPHIC));
            }
            cursor += Character.charCount(cp);
        }
        if (segmenter.isPresent()) {
            for (var word : segmenter.get().segment(new String(text, start, cursor - start))) {
                pending.add(new Pending(start + word.start(), start + word.end(), WORD));
            }
        }
    }

    private void scanWord() {
        int start = cursor;
        while (cursor < length) {
            int cp = Character.codePointAt(text, cursor, length);
            var kind = ScriptScanner.kind(cp);
            if (kind == ScriptScanner.Kind.WORD_CHAR) {
                cursor += Character.charCount(cp);
            } else if (kind == ScriptScanner.Kind.JOINER
                    && cursor + 1 < length
                    && ScriptScanner.kind(Character.codePointAt(text, cursor + 1, length))
                            == ScriptScanner.Kind.WORD_CHAR) {
                cursor += 1;
            } else {
                break;
            }
        }
        pending.add(new Pending(start, cursor, ALPHANUM));
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = new char[0];
        pending.clear();
    }
}
