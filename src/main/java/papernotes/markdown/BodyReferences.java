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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/// What a note's Markdown refers to outside its text, read with the note view's own parser settings: the images it
/// shows (`![alt](path)`, `![alt][ref]` with `[ref]: path`, Obsidian's embeds `![[name.png]]` and HTML `<img src>`
/// tags, as Typora writes resized screenshots), with where in the body each address is written so that it can be
/// replaced; the links it makes (`[text](path)`); and the `#tags` Obsidian finds in running text (not in code, math,
/// HTML, links or headings' `#` marks). Thread-safe.
public final class BodyReferences {

    /// An image the body shows: `target` as written (`attachments/a.png`, `Pasted%20image.png`, `name.png` for an
    /// embed), the body offsets `start`–`end` to replace to change it (the address, or the whole `![[…]]` of an
    /// embed), and its line counted from 0.
    public record ImageReference(String target, int start, int end, int line, boolean embed) {}

    /// A `#tag` in running text, without its `#`, and its line counted from 0.
    public record Hashtag(String tag, int line) {}

    /// An inline link `[text](target)`: its `target` as written and as Markdown reads it (`destination`: backslash
    /// escapes and entities such as `&#32;` worked out), its `text` as written, the body offsets `start`–`end` of
    /// the whole link and `targetStart`–`targetEnd` of its target, and its line counted from 0.
    public record LinkReference(
            String target,
            String destination,
            String text,
            int start,
            int end,
            int targetStart,
            int targetEnd,
            int line) {}

    /// The `src` of an HTML `<img>` tag: its value in group 1, 2 or 3 (double, single or no quotes).
    private static final Pattern IMG_SOURCE = Pattern.compile(
            "<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
            Pattern.CASE_INSENSITIVE);

    /// Obsidian's tag: `#` after a space or at the start of a line, then letters, digits, `_`, `-` and `/`, not only
    /// digits.
    private static final Pattern HASHTAG = Pattern.compile("(?<!\\S)#([\\p{L}\\p{M}\\p{N}_/\\-]+)");

    private final Parser parser = Parser.builder(NoteRenderer.options()).build();

    /// The images of the body; none when it is nested too deeply to parse (see [MarkdownText#read]).
    public List<ImageReference> images(String body) {
        try {
            return imagesOf(body);
        } catch (StackOverflowError e) {
            return List.of();
        }
    }

    private List<ImageReference> imagesOf(String body) {
        if (!body.contains("![") && !body.toLowerCase(Locale.ROOT).contains("<img")) {
            return List.of();
        }
        var document = parser.parse(body);
        var result = new ArrayList<ImageReference>();
        var seenReferences = new HashSet<Reference>();
        for (Node node : document.getDescendants()) {
            switch (node) {
                case Image image -> add(result, document, image.getUrl(), false);
                case ImageRef ref -> {
                    var reference = ref.getReferenceNode(document);
                    if (reference != null && seenReferences.add(reference)) {
                        add(result, document, reference.getUrl(), false);
                    }
                }
                case HtmlInline html -> htmlImages(result, document, html.getChars());
                case HtmlBlock html -> htmlImages(result, document, html.getChars());
                case WikiLink link
                when isEmbed(body, link) -> {
                    var target = NoteRenderer.target(link);
                    if (!target.isEmpty()) {
                        int start = link.getStartOffset() - 1;
                        result.add(new ImageReference(
                                target, start, link.getEndOffset(), document.getLineNumber(start), true));
                    }
                }
                default -> {}
            }
        }
        result.sort(Comparator.comparingInt(ImageReference::start));
        return List.copyOf(result);
    }

    private static void htmlImages(List<ImageReference> result, Document document, BasedSequence html) {
        var matcher = IMG_SOURCE.matcher(html);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : matcher.group(2) != null ? 2 : 3;
            var value = matcher.group(group).strip();
            if (!value.isEmpty()) {
                int start = html.getStartOffset() + matcher.start(group);
                result.add(new ImageReference(
                        matcher.group(group),
                        start,
                        html.getStartOffset() + matcher.end(group),
                        document.getLineNumber(start),
                        false));
            }
        }
    }

    /// The inline links of the body (`[text](target)`, not images, references or autolinks), in order; none when it
    /// is nested too deeply to parse.
    public List<LinkReference> links(String body) {
        if (!body.contains("](")) {
            return List.of();
        }
        try {
            var document = parser.parse(body);
            var result = new ArrayList<LinkReference>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Link link && !link.getUrl().isEmpty()) {
                    result.add(new LinkReference(
                            link.getUrl().toString(),
                            link.getUrl().unescape(),
                            link.getText().toString(),
                            link.getStartOffset(),
                            link.getEndOffset(),
                            link.getUrl().getStartOffset(),
                            link.getUrl().getEndOffset(),
                            document.getLineNumber(link.getStartOffset())));
                }
            }
            return List.copyOf(result);
        } catch (StackOverflowError e) {
            return List.of();
        }
    }

    private static boolean isEmbed(String body, WikiLink link) {
        int at = link.getStartOffset() - 1;
        return at >= 0 && body.charAt(at) == '!';
    }

    private static void add(List<ImageReference> result, Document document, BasedSequence url, boolean embed) {
        if (url.isEmpty()) {
            return;
        }
        result.add(new ImageReference(
                url.toString(),
                url.getStartOffset(),
                url.getEndOffset(),
                document.getLineNumber(url.getStartOffset()),
                embed));
    }

    /// The `#tags` of the body, in order, without repeats.
    public List<Hashtag> hashtags(String body) {
        try {
            return hashtagsOf(body);
        } catch (StackOverflowError e) {
            return List.of();
        }
    }

    private List<Hashtag> hashtagsOf(String body) {
        if (body.indexOf('#') < 0) {
            return List.of();
        }
        var document = parser.parse(body);
        var hidden = new BitSet(body.length());
        hide(document, hidden);
        var result = new LinkedHashSet<String>();
        var tags = new ArrayList<Hashtag>();
        var matcher = HASHTAG.matcher(body);
        while (matcher.find()) {
            var tag = matcher.group(1);
            if (hidden.get(matcher.start())
                    || tag.chars().allMatch(c -> Character.isDigit(c) || c == '/' || c == '-')) {
                continue;
            }
            if (result.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(new Hashtag(tag, document.getLineNumber(matcher.start())));
            }
        }
        return List.copyOf(tags);
    }

    private static void hide(Node node, BitSet hidden) {
        boolean opaque = switch (node) {
            case Code ignored -> true;
            case CodeBlock ignored -> true;
            case FencedCodeBlock ignored -> true;
            case IndentedCodeBlock ignored -> true;
            case HtmlBlock ignored -> true;
            case HtmlInline ignored -> true;
            case DollarMath ignored -> true;
            case GitLabInlineMath ignored -> true;
            case YamlFrontMatterBlock ignored -> true;
            case Link ignored -> true;
            case LinkRef ignored -> true;
            case Image ignored -> true;
            case ImageRef ignored -> true;
            case AutoLink ignored -> true;
            case WikiLink ignored -> true;
            case Reference ignored -> true;
            default -> false;
        };
        if (opaque) {
            hidden.set(node.getStartOffset(), Math.max(node.getStartOffset(), node.getEndOffset()));
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            hide(child, hidden);
        }
    }
}
