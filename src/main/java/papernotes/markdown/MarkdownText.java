package papernotes.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/// The text of a note as a reader sees it, without Markdown markup: what the search index holds and what search
/// snippets show. The parser is built once and reused.
public final class MarkdownText {

    private final Parser parser = Parser.builder(new MutableDataSet()).build();
    private final BoundedRendering bounded = new BoundedRendering(NoteRenderer.BUDGET);

    /// Plain text: paragraphs, list items, headings and code blocks each on their own line; link text kept, and a
    /// bare link shown as its address.
    public String plainText(String markdown) {
        return bounded.read(markdown, () -> text(parser.parse(markdown), markdown.length()), markdown::strip);
    }

    /// A note's plain text ([#plainText]), its headings ([#headings]) and how many links it has (images not
    /// counted), from one parse.
    public record Read(String text, List<String> headings, int links) {

        public Read {
            headings = List.copyOf(headings);
        }
    }

    /// Markdown nested too deeply for the parser's stack (tens of thousands of levels) is taken as it is, without
    /// headings: indexing and saving must not fail on it (issue #8).
    /// A long one is read on a thread of its own within a time budget ([BoundedRendering]), as the note view does:
    /// past it, likewise.
    public Read read(String markdown) {
        return bounded.read(markdown, () -> parsed(markdown), () -> new Read(markdown.strip(), List.of(), 0));
    }

    private Read parsed(String markdown) {
        var document = parser.parse(markdown);
        int links = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof Link || node instanceof AutoLink) {
                links++;
            }
        }
        return new Read(text(document, markdown.length()), headings(document), links);
    }

    private static String text(Node document, int capacity) {
        var out = new StringBuilder(capacity);
        collect(document, out);
        return out.toString().strip();
    }

    /// The text of every heading, in order.
    public List<String> headings(String markdown) {
        return bounded.read(markdown, () -> headings(parser.parse(markdown)), List::of);
    }

    private static List<String> headings(Node document) {
        var result = new ArrayList<String>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                var text = new StringBuilder();
                collect(heading, text);
                var line = text.toString().strip();
                if (!line.isEmpty()) {
                    result.add(line);
                }
            }
        }
        return result;
    }

    static void collect(Node node, StringBuilder out) {
        switch (node) {
            case Text text -> out.append(text.getChars());
            case Code code -> out.append(code.getText());
            case AutoLink link -> out.append(link.getText());
            case FencedCodeBlock code -> out.append(code.getContentChars()).append('\n');
            case IndentedCodeBlock code -> out.append(code.getContentChars()).append('\n');
            case HtmlBlock html ->
                out.append(HtmlImages.plainText(html.getChars().toString())).append('\n');
            case HtmlInline html ->
                out.append(HtmlImages.plainText(html.getChars().toString()));
            case SoftLineBreak ignored -> out.append('\n');
            case HardLineBreak ignored -> out.append('\n');
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    collect(child, out);
                }
                if (node instanceof Block
                        && !(node instanceof Link)
                        && out.length() > 0
                        && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        }
    }
}
