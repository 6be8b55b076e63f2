package papernotes.markdown;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/// The last line of defence between a note and the note view: an allow-list of elements and attributes, links only
/// to `http`, `https`, `mailto`, other notes (`note:`), the library's attachments (`attachment:`) and anchors, images
/// only from `https` and attachments (inlined as `data:` raster images). Everything else (scripts, event handlers,
/// `javascript:`, `data:`, `file:`, `vbscript:`, custom schemes, `<base>`, `<meta>`, forms, SVG and MathML) is dropped.
final class HtmlSafety {

    /// The only `data:` addresses allowed: raster images, base64 (no SVG, which can carry scripts).
    static final Pattern INLINE_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+");

    private final Cleaner cleaner = new Cleaner(safelist());

    private static Safelist safelist() {
        return new Safelist()
                .addTags(
                        "p",
                        "br",
                        "hr",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "pre",
                        "code",
                        "em",
                        "strong",
                        "del",
                        "s",
                        "ins",
                        "sup",
                        "sub",
                        "ul",
                        "ol",
                        "li",
                        "a",
                        "img",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "span",
                        "div",
                        "input",
                        "dl",
                        "dt",
                        "dd",
                        "kbd",
                        "mark",
                        "abbr")
                .addAttributes(":all", "class", "id", "title")
                .addAttributes("a", "href")
                .addAttributes("img", "src", "alt")
                .addAttributes("ol", "start")
                .addAttributes("td", "align")
                .addAttributes("th", "align")
                .addAttributes("input", "type", "checked", "disabled")
                .addProtocols("a", "href", "http", "https", "mailto", "note", "attachment", "#")
                .addProtocols("img", "src", "https", "data")
                .preserveRelativeLinks(false);
    }

    /// Cleans a rendered HTML fragment.
    String clean(String html) {
        return clean(html, body -> {});
    }

    /// Cleans a rendered HTML fragment, then lets `then` change the clean body (only text, never markup).
    String clean(String html, Consumer<Element> then) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (var image : clean.select("img[src]")) {
            var source = image.attr("src");
            if (source.regionMatches(true, 0, "data:", 0, 5)
                    && !INLINE_IMAGE.matcher(source).matches()) {
                image.removeAttr("src");
            }
        }
        for (var input : clean.select("input")) {
            if (!"checkbox".equals(input.attr("type"))) {
                input.remove();
            } else {
                input.attr("disabled", "disabled");
            }
        }
        then.accept(clean.body());
        return clean.body().html();
    }
}
