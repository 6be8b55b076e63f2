package papernotes.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gitlab.GitLabInlineMath;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import papernotes.model.LinkTarget;
import papernotes.model.NoteId;

/// The other notes a note's Markdown links to: `[[name]]` and `[[name|text]]` by title or alias, and
/// `[text](note:ID)`, `[text][ref]` with `[ref]: note:ID` and `<note:ID>` by id. The body is parsed with the note
/// view's own settings ([NoteRenderer#options()]), so what counts is exactly what the view shows as a link: a
/// `[[name]]` inside code, math or front matter is text there and no link here, and so is a bare `note:ID` in
/// running text. A body with neither `[[` nor `note:` is not parsed at all, which is most bodies. Thread-safe.
public final class LinkTargets {

    private static final Pattern MAYBE_LINKS = Pattern.compile("\\[\\[|(?i)note:");

    private final Parser parser = Parser.builder(NoteRenderer.options()).build();
    private final BoundedRendering bounded = new BoundedRendering(NoteRenderer.BUDGET);

    /// The targets in the order the body first names them, without repeats.
    public List<LinkTarget> of(String markdown) {
        if (!MAYBE_LINKS.matcher(markdown).find()) {
            return List.of();
        }
        // too long to parse in time or nested too deeply (see MarkdownText#read): the note is saved without links
        return bounded.read(markdown, () -> targets(markdown), List::of);
    }

    private List<LinkTarget> targets(String markdown) {
        var document = parser.parse(markdown);
        var targets = new LinkedHashSet<LinkTarget>();
        collect(document, document, targets);
        return List.copyOf(targets);
    }

    private static void collect(Node node, Document document, Set<LinkTarget> targets) {
        switch (node) {
            case WikiLink link -> {
                var name = NoteRenderer.target(link);
                if (!name.isEmpty()) {
                    targets.add(LinkTarget.name(name));
                }
                return;
            }
            case Link link -> noteId(link.getUrl().toString(), targets);
            case AutoLink link -> noteId(link.getUrl().toString(), targets);
            case LinkRef ref -> {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    noteId(reference.getUrl().toString(), targets);
                }
            }
            case Code ignored -> {
                return;
            }
            case CodeBlock ignored -> {
                return;
            }
            case FencedCodeBlock ignored -> {
                return;
            }
            case IndentedCodeBlock ignored -> {
                return;
            }
            case HtmlBlock ignored -> {
                return;
            }
            case HtmlInline ignored -> {
                return;
            }
            case DollarMath ignored -> {
                return;
            }
            case GitLabInlineMath ignored -> {
                return;
            }
            case YamlFrontMatterBlock ignored -> {
                return;
            }
            case Image ignored -> {
                return;
            }
            case ImageRef ignored -> {
                return;
            }
            case Reference ignored -> {
                return;
            }
            default -> {}
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, document, targets);
        }
    }

    private static void noteId(String url, Set<LinkTarget> targets) {
        var address = url.strip();
        if (address.regionMatches(true, 0, "note:", 0, 5)) {
            var id = address.substring(5).toLowerCase(Locale.ROOT);
            if (NoteId.isWellFormed(id)) {
                targets.add(LinkTarget.id(new NoteId(id)));
            }
        }
    }
}
