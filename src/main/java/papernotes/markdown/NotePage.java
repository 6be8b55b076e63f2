package papernotes.markdown;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import papernotes.model.Theme;

/// The complete HTML page the note view loads: a strict content security policy, the bundled style sheets, the
/// header (every value escaped), the rendered body and, when it needs them, the bundled KaTeX (with its fonts and,
/// for `\ce`, mhchem), highlight.js and Mermaid; and on every page the script that finds text in it.
/// Nothing is fetched from the network.
public final class NotePage {

    /// Only the page's own scripts (by hash) run; images only from https and attachments (as `data:` images);
    /// fonts only inline (KaTeX's, see [KatexFonts]); no frames, forms, objects, connections or base.
    static final String POLICY = "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; "
            + "font-src data:; script-src %s; connect-src 'none'; frame-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /// The scheme of the header's tag chips: `tag:超分` (percent-encoded).
    public static final String TAG_SCHEME = "tag:";

    private final NoteRenderer renderer;
    private final PageAssets assets = new PageAssets();

    public NotePage(NoteRenderer renderer) {
        this.renderer = renderer;
    }

    /// The page for a note in the given colour scheme.
    public String html(NoteHeader header, String markdown, NoteLinks links, Theme theme) {
        var body = renderer.render(LeadingTitle.without(markdown, header.title()), links);
        boolean math = body.contains("class=\"math ");
        boolean code = body.contains("<code class=\"language-");
        var scripts = new ArrayList<String>();
        var hashes = new ArrayList<String>();
        var tex = math ? mathText(body) : "";
        if (math) {
            scripts.add(assets.katexScript);
            hashes.add(assets.katexHash);
        }
        if (CHEMISTRY.matcher(tex).find()) {
            scripts.add(assets.mhchem().text());
            hashes.add(assets.mhchem().hash());
        }
        if (code) {
            scripts.add(assets.highlightScript);
            hashes.add(assets.highlightHash);
        }
        if (math || code) {
            scripts.add(PageAssets.INIT);
            hashes.add(assets.initHash);
        }
        if (body.contains("<div class=\"mermaid\">")) {
            scripts.add(assets.mermaid().text());
            hashes.add(assets.mermaid().hash());
            scripts.add(PageAssets.MERMAID_INIT);
            hashes.add(assets.mermaidInitHash);
        }
        // find in the note (the window calls it): on every page
        scripts.add(PageAssets.FIND);
        hashes.add(assets.findHash);
        var policy = String.format(POLICY, hashes.isEmpty() ? "'none'" : String.join(" ", hashes));
        var out = new StringBuilder(body.length() * 2 + 4096);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" data-theme=\"")
                .append(theme.name().toLowerCase(Locale.ROOT))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(policy)
                .append("\">\n")
                .append("<title>")
                .append(escape(header.title()))
                .append("</title>\n")
                .append("<style>\n")
                .append(assets.noteStyle);
        if (math) {
            out.append(assets.katexStyle).append('\n').append(assets.katexFonts.css(tex));
        }
        if (code) {
            out.append(theme == Theme.DARK ? assets.highlightDark : assets.highlightLight)
                    .append('\n');
        }
        out.append("</style>\n</head>\n<body>\n");
        header(header, out);
        out.append("<article class=\"note-body\">\n").append(body).append("</article>\n");
        for (String script : scripts) {
            out.append("<script>").append(script).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static final Pattern CHEMISTRY = Pattern.compile("\\\\(?:ce|pu)(?![A-Za-z])");
    private static final Pattern MATH = Pattern.compile("class=\"math [^\"]*\">([^<]*)<");

    /// The TeX of the body's formulas, as the page carries it (HTML-escaped).
    static String mathText(String body) {
        var tex = new StringBuilder();
        MATH.matcher(body)
                .results()
                .forEach(formula -> tex.append(formula.group(1)).append('\n'));
        return tex.toString();
    }

    private static void header(NoteHeader header, StringBuilder out) {
        out.append("<header class=\"note-header\">\n<h1 class=\"note-title\">")
                .append(escape(header.title()))
                .append("</h1>\n");
        var paper = header.paper();
        paper.title()
                .filter(full -> !full.equalsIgnoreCase(header.title().strip()))
                .ifPresent(full -> out.append("<p class=\"paper-title\">")
                        .append(escape(full))
                        .append("</p>\n"));
        if (!paper.authors().isEmpty()) {
            out.append("<p class=\"authors\">")
                    .append(escape(String.join(", ", paper.authors())))
                    .append("</p>\n");
        }
        if (!header.aliases().isEmpty()) {
            out.append("<p class=\"aliases\">");
            header.aliases()
                    .forEach(alias -> out.append("<span>").append(escape(alias)).append("</span>"));
            out.append("</p>\n");
        }
        if (!header.topic().isEmpty()) {
            out.append("<nav class=\"breadcrumb\">");
            header.topic()
                    .forEach(level -> out.append("<span>").append(escape(level)).append("</span>"));
            out.append("</nav>\n");
        }
        if (!header.tags().isEmpty()) {
            out.append("<ul class=\"tags\">");
            // a tag chip filters the list by that tag (the window handles `tag:` links)
            header.tags()
                    .forEach(tag -> out.append("<li class=\"tag\"><a href=\"")
                            .append(TAG_SCHEME)
                            .append(URLEncoder.encode(tag, StandardCharsets.UTF_8)
                                    .replace("+", "%20"))
                            .append("\">#")
                            .append(escape(tag))
                            .append("</a></li>"));
            out.append("</ul>\n");
        }
        header.published()
                .ifPresent(published -> out.append("<p class=\"published\">")
                        .append(escape(published))
                        .append("</p>\n"));
        var links = header.links().stream()
                .filter(link ->
                        isWebAddress(link.address()) || link.address().startsWith(AttachmentImages.ATTACHMENT_SCHEME))
                .toList();
        if (!links.isEmpty()) {
            out.append("<p class=\"paper-links\">");
            links.forEach(link -> out.append("<a href=\"")
                    .append(escape(link.address()))
                    .append("\">")
                    .append(escape(link.label()))
                    .append("</a>"));
            out.append("</p>\n");
        }
        paper.abstractText().ifPresent(text -> {
            out.append("<details class=\"abstract\"><summary>")
                    .append(escape(paper.abstractHeading()))
                    .append("</summary>");
            for (String paragraph : text.split("\\n\\s*\\n", 0)) {
                out.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
            out.append("</details>\n");
        });
        out.append("</header>\n");
    }

    /// Only `http` and `https` addresses become links in the header; anything else is left out.
    static boolean isWebAddress(String address) {
        var lower = address.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && lower.chars()
                        .noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '<');
    }

    static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
