package papernotes.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import papernotes.model.OutlineEntry;

/// The outline of a note: its headings, parsed as the note view parses them (so a `#` in a code block or front
/// matter is no heading, and a Setext heading is one), each with its level, its text, its line in the source and
/// its place among the headings of the rendered page. The page leaves out a leading heading that repeats the title
/// ([LeadingTitle]); so does the outline. Markdown the parser cannot read within the note view's budget has no
/// outline, as its page shows it as plain text.
public final class NoteOutline {

    private final Parser parser = Parser.builder(NoteRenderer.options()).build();
    private final BoundedRendering bounded = new BoundedRendering(NoteRenderer.BUDGET);

    public List<OutlineEntry> of(String markdown, String title) {
        boolean titleLeftOut = !LeadingTitle.without(markdown, title).equals(markdown);
        return bounded.read(markdown, () -> entries(parser.parse(markdown), titleLeftOut), List::of);
    }

    private static List<OutlineEntry> entries(Node document, boolean titleLeftOut) {
        var entries = new ArrayList<OutlineEntry>();
        int position = titleLeftOut ? -1 : 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                var text = new StringBuilder();
                MarkdownText.collect(heading, text);
                var line = text.toString().strip().replaceAll("\\s+", " ");
                if (position >= 0 && !line.isEmpty()) {
                    entries.add(new OutlineEntry(heading.getLevel(), line, heading.getStartLineNumber(), position));
                }
                position++;
            }
        }
        return entries;
    }
}
