package papernotes.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/// Makes identifiers match however they are written. An `<ALPHANUM>` token (already lower-cased) becomes its
/// joined form without `-`, `_` and `.` (`real-esrgan` → `realesrgan`, so `Real-ESRGAN` = `RealESRGAN`). When
/// indexing, its parts and its stem are stacked at the same position (`3ddfa_v2` → `3ddfav2`, `3ddfa`, `v2`;
/// `stylegan2` → `stylegan`), so a query for a part or the stem finds the whole. Nothing is stemmed as a word:
/// `arcface` stays `arcface`.
public final class IdentifierFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean stackParts;
    private final ArrayDeque<String> stacked = new ArrayDeque<>();
    private State state;

    /// `stackParts`: true when indexing (emit parts and stem), false for queries (the joined form only).
    public IdentifierFilter(TokenStream input, boolean stackParts) {
        super(input);
        this.stackParts = stackParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(stacked.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!MixedScriptTokenizer.ALPHANUM.equals(type.type())) {
            return true;
        }
        var original = term.toString();
        var joined = joined(original);
        if (stackParts) {
            var extra = new LinkedHashSet<String>();
            for (String part : original.split("[-_.]")) {
                if (!part.isEmpty()) {
                    extra.add(part);
                }
            }
            extra.add(stem(joined));
            extra.remove(joined);
            if (!extra.isEmpty()) {
                stacked.addAll(extra);
                term.setEmpty().append(joined);
                state = captureState();
                return true;
            }
        }
        term.setEmpty().append(joined);
        return true;
    }

    /// The identifier without `-`, `_` and `.` (`real-esrgan` → `realesrgan`).
    public static String joined(String identifier) {
        var joined = identifier.replaceAll("[-_.]", "");
        return joined.isEmpty() ? identifier : joined;
    }

    /// The identifier without a trailing version number when a word of three or more letters precedes it
    /// (`stylegan2` → `stylegan`, `gpen` → `gpen`, `v2` → `v2`).
    static String stem(String joined) {
        int end = joined.length();
        while (end > 0 && Character.isDigit(joined.charAt(end - 1))) {
            end--;
        }
        if (end == joined.length() || end < 3) {
            return joined;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isLetter(joined.charAt(i))) {
                return joined;
            }
        }
        return joined.substring(0, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
        state = null;
    }
}
