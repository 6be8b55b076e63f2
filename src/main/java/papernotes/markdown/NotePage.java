package papernotes.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jsoup.nodes.Entities;
import papernotes.model.Theme;

/// The complete HTML page the note view loads: a strict content security policy, the bundled style sheet, the
/// header (every value escaped) and the rendered body. Nothing is fetched from the network.
public final class NotePage {

    static final String STYLE = "/papernotes/markdown/note.css";
    /// No script of the note's runs; images only from https and attachments; no frames, forms, objects or base.
    static final String POLICY = "default-src 'none'; img-src https: attachment:; style-src 'unsafe-inline'; "
            + "font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'";

    private final NoteRenderer renderer;
    private final String style;

    public NotePage(NoteRenderer renderer) {
        this.renderer = renderer;
        try (InputStream in = Objects.requireNonNull(NotePage.class.getResourceAsStream(STYLE), STYLE)) {
            this.style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + STYLE, e);
        }
    }

    /// The page for a note; `theme` is `light` or `dark`.
    public String html(NoteHeader header, String markdown, NoteLinks links, Theme theme) {
        var out = new StringBuilder(markdown.length() * 2 + style.length() + 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" data-theme=\"").append(theme.name().toLowerCase(java.util.Locale.ROOT))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<title>").append(escape(header.title())).append("</title>\n")
                .append("<style>\n").append(style).append("</style>\n</head>\n<body>\n");
        header(header, out);
        out.append("<article class=\"note-body\">\n").append(renderer.render(markdown, links)).append("</article>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void header(NoteHeader header, StringBuilder out) {
        out.append("<header class=\"note-header\">\n<h1 class=\"note-title\">").append(escape(header.title())).append("</h1>\n");
        if (!header.topic().isEmpty()) {
            out.append("<nav class=\"breadcrumb\">");
            header.topic().forEach(level -> out.append("<span>").append(escape(level)).append("</span>"));
            out.append("</nav>\n");
        }
        if (!header.tags().isEmpty()) {
            out.append("<ul class=\"tags\">");
            header.tags().forEach(tag -> out.append("<li class=\"tag\">#").append(escape(tag)).append("</li>"));
            out.append("</ul>\n");
        }
        var links = header.links().stream().filter(link -> isWebAddress(link.address())).toList();
        if (!links.isEmpty()) {
            out.append("<p class=\"paper-links\">");
            links.forEach(link -> out.append("<a href=\"").append(escape(link.address())).append("\">")
                    .append(escape(link.label())).append("</a>"));
            out.append("</p>\n");
        }
        out.append("</header>\n");
    }

    /// Only `http` and `https` addresses become links in the header; anything else is left out.
    static boolean isWebAddress(String address) {
        var lower = address.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && lower.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '<');
    }

    static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
