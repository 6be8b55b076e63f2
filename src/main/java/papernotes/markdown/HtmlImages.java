package papernotes.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/// Images as Typora and Obsidian users write them, shown the way the note view can:
/// - an HTML `<img>` tag (Typora writes one for every resized screenshot, `<img src="x.png" style="zoom:50%">`) is
///   shown like a Markdown image, its `src` looked up the same way; the rest of the HTML around it stays text;
/// - an `<img>` whose `src` is LaTeX drawn by a web service (`http://latex.codecogs.com/svg.latex?\alpha`) is shown
///   as that formula, drawn by the page's own math renderer, offline;
/// - an image the view cannot show (a path on another computer, outside the library, missing, or plain `http:`,
///   which is never fetched) is a placeholder that says so and names it, instead of a broken image.
final class HtmlImages implements HtmlRenderer.HtmlRendererExtension {

    /// An `<img …>` tag, as written.
    private static final Pattern IMG =
            Pattern.compile("<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);
    /// A formula drawn by a web service: codecogs' `svg.latex?`, `gif.latex?`, `png.latex?`, `svg.image?` and the
    /// like, and the chart API's `chart?cht=tx&chl=`.
    private static final Pattern FORMULA = Pattern.compile(
            "^(?:https?:)?//(?:latex|www)\\.codecogs\\.com/(?:[a-z]+)\\.(?:latex|image|download)\\?(.*)$"
                    + "|^(?:https?:)?//chart\\.(?:googleapis|apis\\.google)\\.com/chart\\?(?:.*&)?chl=([^&]*).*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /// codecogs' settings written before the formula: `\dpi{120}`, `\bg_white`, `\inline`, `\large`…
    private static final Pattern SETTINGS = Pattern.compile(
            "^\\s*(?:\\\\(?:dpi\\{\\d+}|bg_\\w+|bg\\{\\w+}|fg_\\w+|inline|tiny|small|normal|large|Large|LARGE|huge|fn_\\w+)\\s*)+");

    static final String MISSING_TEXT = "Image not available · 图片不可用";

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new NodeRenderer() {
            @Override
            public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                return Set.of(
                        new NodeRenderingHandler<>(
                                HtmlInline.class,
                                (node, context, html) -> render(node.getChars().toString(), false, context, html)),
                        new NodeRenderingHandler<>(
                                HtmlBlock.class,
                                (node, context, html) -> render(node.getChars().toString(), true, context, html)),
                        new NodeRenderingHandler<>(Image.class, HtmlImages::image));
            }
        });
    }

    /// Raw HTML: each `<img>` tag shown as an image or formula, everything else as text (as without this extension).
    private static void render(String raw, boolean block, NodeRendererContext context, HtmlWriter html) {
        Matcher tags = IMG.matcher(raw);
        if (!tags.find()) {
            text(raw, block, html);
            return;
        }
        boolean alone = block
                && raw.strip().equals(tags.group().strip())
                && !IMG.matcher(raw).results().skip(1).findAny().isPresent();
        if (block) {
            html.line().tag("p");
        }
        int at = 0;
        tags.reset();
        while (tags.find()) {
            html.text(raw.substring(at, tags.start()));
            tag(tags.group(), alone, context, html);
            at = tags.end();
        }
        html.text(block ? raw.substring(at).stripTrailing() : raw.substring(at));
        if (block) {
            html.closeTag("p").line();
        }
    }

    private static void text(String raw, boolean block, HtmlWriter html) {
        if (block) {
            html.line().tag("p").text(raw.stripTrailing()).closeTag("p").line();
        } else {
            html.text(raw);
        }
    }

    private static void tag(String tag, boolean display, NodeRendererContext context, HtmlWriter html) {
        var element = Jsoup.parseBodyFragment(tag).selectFirst("img");
        if (element == null || element.attr("src").isBlank()) {
            html.text(tag);
            return;
        }
        var source = element.attr("src").strip();
        var formula = formula(source);
        if (formula.isPresent()) {
            html.withAttr()
                    .attr("class", display ? "math display" : "math inline")
                    .tag("span")
                    .text(formula.get())
                    .closeTag("span");
            return;
        }
        var link = context.resolveLink(LinkType.IMAGE, source, null);
        shown(link, source, element.attr("alt"), html);
    }

    /// A Markdown image: shown when the view can, else the placeholder.
    private static void image(Image node, NodeRendererContext context, HtmlWriter html) {
        var source = node.getUrl().unescape();
        var formula = formula(source);
        if (formula.isPresent()) {
            html.withAttr()
                    .attr("class", "math inline")
                    .tag("span")
                    .text(formula.get())
                    .closeTag("span");
            return;
        }
        if (shows(context.resolveLink(LinkType.IMAGE, source, null).getUrl())) {
            context.delegateRender();
            return;
        }
        missing(source, node.getText().toString(), html);
    }

    private static void shown(ResolvedLink link, String source, String alt, HtmlWriter html) {
        if (shows(link.getUrl())) {
            html.attr("src", link.getUrl()).attr("alt", alt).withAttr().tagVoid("img");
        } else {
            missing(source, alt, html);
        }
    }

    /// Whether the note view can show an image from `url`: the library's attachments (inlined) and `https:`.
    static boolean shows(String url) {
        var lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://")
                || HtmlSafety.INLINE_IMAGE.matcher(url.strip()).matches();
    }

    private static void missing(String source, String alt, HtmlWriter html) {
        var name = source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        html.withAttr()
                .attr("class", "image-missing")
                .attr("title", source)
                .tag("span")
                .text(MISSING_TEXT + ": " + (alt.isBlank() ? name : alt))
                .closeTag("span");
    }

    /// Raw HTML as text to search and show in snippets: each `<img>` tag is its formula (codecogs) or its `alt`
    /// text, the rest as written.
    static String plainText(String raw) {
        if (!IMG.matcher(raw).find()) {
            return raw;
        }
        return IMG.matcher(raw).replaceAll(match -> {
            var element = Jsoup.parseBodyFragment(match.group()).selectFirst("img");
            if (element == null) {
                return Matcher.quoteReplacement(match.group());
            }
            var text = formula(element.attr("src")).orElse(element.attr("alt"));
            return Matcher.quoteReplacement(text);
        });
    }

    /// The LaTeX of a formula drawn by a web service, as its address carries it.
    static Optional<String> formula(String source) {
        var matcher = FORMULA.matcher(source.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var raw = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        var tex = SETTINGS.matcher(decode(raw)).replaceFirst("").strip();
        return tex.isEmpty() ? Optional.empty() : Optional.of(tex);
    }

    /// `%`-escapes decoded when the address has them (`+` stays, as in `a+b`); raw LaTeX as written otherwise.
    private static String decode(String text) {
        if (!text.matches("(?s).*%[0-9A-Fa-f]{2}.*")) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
