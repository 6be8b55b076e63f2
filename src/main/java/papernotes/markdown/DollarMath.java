package papernotes.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/// `$…$` (inline) or `$$…$$` (display) math, as Obsidian and pandoc write it. Rendered as text for KaTeX.
final class DollarMath extends Node {

    private final boolean display;
    private final String tex;

    DollarMath(BasedSequence chars, String tex, boolean display) {
        super(chars);
        this.tex = tex;
        this.display = display;
    }

    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
