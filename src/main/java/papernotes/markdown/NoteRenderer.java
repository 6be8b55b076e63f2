package papernotes.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gitlab.GitLabExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/// Renders a note's Markdown to a safe HTML fragment: CommonMark with GFM tables, task lists, strikethrough and
/// autolinks, footnotes, `[TOC]`, heading anchors, `[[wiki links]]` to other notes, math (`$…$`, `$$…$$`,
/// `` $`…`$ ``, ```` ```math ````) for KaTeX with MathJax's habits rewritten ([TexCompatibility]), ```` ```mermaid ````
/// diagrams as text for Mermaid, fenced code with its language for highlighting. Front matter is not shown. Raw HTML is
/// shown as text, and the result passes an allow-list ([HtmlSafety]). Parser and renderer are built once; rendering is
/// thread-safe.
public final class NoteRenderer {

    static final DataKey<NoteLinks> LINKS = new DataKey<>("PAPERNOTES_LINKS", NoteLinks.NONE);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSafety safety = new HtmlSafety();
    private final BoundedRendering bounded = new BoundedRendering(BUDGET);

    public NoteRenderer() {
        var options = options();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /// The parser and renderer settings. [LinkTargets] parses with the same ones, so that what counts as a link
    /// to another note is exactly what the note view shows as one.
    static MutableDataSet options() {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                TocExtension.create(),
                YamlFrontMatterExtension.create(),
                WikiLinkExtension.create(),
                GitLabExtension.create(),
                DollarMathExtension.create(),
                new WikiLinkRendering(),
                new AttachmentImages(),
                new HtmlImages());
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(Parser.SPACE_IN_LINK_URLS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TocExtension.LEVELS, 0b11110)
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(WikiLinkExtension.ALLOW_ANCHORS, true)
                .set(GitLabExtension.INLINE_MATH_CLASS, "math inline")
                .set(GitLabExtension.BLOCK_MATH_CLASS, "math display")
                .set(GitLabExtension.RENDER_VIDEO_IMAGES, false)
                .set(GitLabExtension.RENDER_BLOCK_MERMAID, true)
                .set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" class=\"task\" checked disabled> ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" class=\"task\" disabled> ");
    }

    /// The note a `[[target]]`, `[[target|text]]` or `[[target#heading|text]]` link names, as written, trimmed (the
    /// heading after `#` is not part of it, as in Obsidian).
    static String target(WikiLink node) {
        var page = node.getPageRef().toString().strip();
        return page.isEmpty() ? node.getLink().toString().strip() : page;
    }

    /// The note body as safe HTML; `links` resolves `[[Title]]` and attachments. A body the parser cannot format
    /// within [#BUDGET] (pathological nesting or repetition, see [BoundedRendering]) is shown as plain text under a
    /// line saying so.
    public String render(String markdown, NoteLinks links) {
        return bounded.run(() -> {
                    var document = parser.parse(markdown);
                    document.set(LINKS, links);
                    return safety.clean(renderer.render(document), TexCompatibility::applyTo);
                })
                .orElseGet(() -> plain(markdown));
    }

    /// How long a note may take to format before it is shown as plain text.
    static final Duration BUDGET = Duration.ofSeconds(2);

    static final String PLAIN_NOTICE = "This note is too large or too deeply nested to format, so it is shown as plain"
            + " text. 此笔记过大或嵌套过深，以纯文本显示。";

    private static String plain(String markdown) {
        var text = new StringBuilder(markdown.length() + 200);
        text.append("<p class=\"render-notice\"><em>")
                .append(PLAIN_NOTICE)
                .append("</em></p>\n<pre class=\"plain-note\">");
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            switch (c) {
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '&' -> text.append("&amp;");
                case '"' -> text.append("&quot;");
                default -> text.append(c);
            }
        }
        return text.append("</pre>\n").toString();
    }

    /// `[[Title]]` and `[[Title|text]]` as a link to the note (`note:ID`), or, when no note has that title, as
    /// marked text.
    private static final class WikiLinkRendering implements HtmlRenderer.HtmlRendererExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {}

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new NodeRenderer() {
                @Override
                public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                    return Set.of(new NodeRenderingHandler<>(WikiLink.class, WikiLinkRendering::render));
                }
            });
        }

        private static void render(WikiLink node, NodeRendererContext context, HtmlWriter html) {
            var target = target(node);
            var text = node.getText().isNotNull() && !node.getText().isBlank()
                    ? node.getText().toString()
                    : target;
            var links = LINKS.get(context.getDocument());
            var id = links.noteId(target);
            if (id.isPresent()) {
                html.withAttr()
                        .attr("href", "note:" + id.get())
                        .attr("class", "note-link")
                        .attr("title", target)
                        .tag("a")
                        .text(text)
                        .closeTag("a");
            } else {
                html.withAttr()
                        .attr("class", "note-link unresolved")
                        .attr("title", "No note is called " + target)
                        .tag("span")
                        .text(text)
                        .closeTag("span");
            }
        }
    }
}
