package papernotes.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/// Parses `$x$` and `$$x$$` math (pandoc's rules: no space after the opening `$`, none before the closing one, and
/// no digit right after it, so `$5 and $6` stays text) and renders its TeX as the text of a `math inline` or
/// `math display` element, like GitLab's `` $`x`$ `` and ```` ```math ````, for KaTeX to typeset.
final class DollarMathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static DollarMathExtension create() {
        return new DollarMathExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Factory extends NoDependencies implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Extension();
        }
    }

    private static final class Extension implements InlineParserExtension {

        @Override
        public void finalizeDocument(InlineParser inlineParser) {}

        @Override
        public void finalizeBlock(InlineParser inlineParser) {}

        @Override
        public boolean parse(LightInlineParser parser) {
            var input = parser.getInput();
            int start = parser.getIndex();
            boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
            int open = start + (display ? 2 : 1);
            if (open >= input.length() || (Character.isWhitespace(input.charAt(open)) && !display)) {
                return false;
            }
            if (start > 0 && input.charAt(start - 1) == '\\') {
                return false;
            }
            int close = findClose(input, open, display);
            if (close < 0) {
                return false;
            }
            var tex = input.subSequence(open, close).toString();
            if (tex.isBlank()) {
                return false;
            }
            int end = close + (display ? 2 : 1);
            parser.flushTextNode();
            parser.getBlock().appendChild(new DollarMath(input.subSequence(start, end), tex, display));
            parser.setIndex(end);
            return true;
        }

        private static int findClose(CharSequence input, int from, boolean display) {
            for (int i = from; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c != '$') {
                    continue;
                }
                if (display) {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '$') {
                        return i;
                    }
                    continue;
                }
                if ((i + 1 < input.length() && input.charAt(i + 1) == '$') || input.charAt(i - 1) == '$') {
                    return -1;
                }
                if (Character.isWhitespace(input.charAt(i - 1))) {
                    continue;
                }
                if (i + 1 < input.length() && Character.isDigit(input.charAt(i + 1))) {
                    continue;
                }
                return i;
            }
            return -1;
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(DollarMath.class, Renderer::render));
        }

        private static void render(DollarMath node, NodeRendererContext context, HtmlWriter html) {
            if (node.display()) {
                html.withAttr()
                        .attr("class", "math display")
                        .tag("span")
                        .text(node.tex())
                        .closeTag("span");
            } else {
                html.withAttr()
                        .attr("class", "math inline")
                        .tag("span")
                        .text(node.tex())
                        .closeTag("span");
            }
        }
    }
}
