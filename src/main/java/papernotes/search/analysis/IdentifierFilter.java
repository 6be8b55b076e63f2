package papernotes.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

/// Makes identifiers match however they are written. An `<ALPHANUM>` token (already lower-cased) becomes its
/// joined form without `-`, `_` and `.` (`real-esrgan` → `realesrgan`, so `Real-ESRGAN` = `RealESRGAN`). When
/// indexing, its parts follow as words of their own, the first at the joined form's position and the others one
/// position after another, each with its own offsets (`pixel-unshuffle` → `pixelunshuffle`+`pixel`, `unshuffle`), so
/// the parts match alone and as a phrase (`pixel unshuffle`); a trailing version number is also dropped as a stem
/// at the same position (`stylegan2` → `stylegan`). Nothing is stemmed as a word: `arcface` stays `arcface`.
public final class IdentifierFilter extends TokenFilter {

    private record Part(String text, int start, int end, int increment) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final boolean stackParts;
    private final ArrayDeque<Part> pending = new ArrayDeque<>();
    private @Nullable State state;

    /// `stackParts`: true when indexing (emit parts and stem), false for queries (the joined form only).
    public IdentifierFilter(TokenStream input, boolean stackParts) {
        super(input);
        this.stackParts = stackParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            var part = pending.poll();
            term.setEmpty().append(part.text());
            offset.setOffset(part.start(), part.end());
            position.setPositionIncrement(part.increment());
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
            var parts = parts(original, offset.startOffset(), offset.endOffset());
            var stem = stem(joined);
            if (!stem.equals(joined)) {
                pending.add(new Part(stem, offset.startOffset(), offset.endOffset(), 0));
            }
            if (parts.size() > 1) {
                pending.addAll(parts);
            }
            if (!pending.isEmpty()) {
                term.setEmpty().append(joined);
                state = captureState();
                return true;
            }
        }
        term.setEmpty().append(joined);
        return true;
    }

    /// The pieces between `-`, `_` and `.`, with offsets; the first at the same position, the rest one after another.
    private static List<Part> parts(String original, int start, int end) {
        var parts = new ArrayList<Part>();
        boolean offsetsMatch = end - start == original.length();
        int from = 0;
        for (int i = 0; i <= original.length(); i++) {
            if (i == original.length() || "-_.".indexOf(original.charAt(i)) >= 0) {
                if (i > from) {
                    int partStart = offsetsMatch ? start + from : start;
                    int partEnd = offsetsMatch ? start + i : end;
                    parts.add(new Part(original.substring(from, i), partStart, partEnd, parts.isEmpty() ? 0 : 1));
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /// The identifier without `-`, `_` and `.` (`real-esrgan` → `realesrgan`).
    public static String joined(String identifier) {
        if (identifier.indexOf('-') < 0 && identifier.indexOf('_') < 0 && identifier.indexOf('.') < 0) {
            return identifier;
        }
        var joined = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c != '-' && c != '_' && c != '.') {
                joined.append(c);
            }
        }
        return joined.isEmpty() ? identifier : joined.toString();
    }

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]");

    /// The identifier's pieces between `-`, `_` and `.` (`pixel_unshuffle` → `pixel`, `unshuffle`).
    public static List<String> pieces(String identifier) {
        return Arrays.stream(SEPARATORS.split(identifier))
                .filter(p -> !p.isEmpty())
                .toList();
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
        pending.clear();
        state = null;
    }
}
