package papernotes.ui.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// The formulas of `math/real-formulas.txt`: each entry is a `%% [what it exercises] where it comes from` line and
/// the Markdown of one formula as the note has it; lines starting with a single `%` are comments.
record MathCorpus(List<Entry> entries) {

    record Entry(int number, String source, String markdown) {}

    static MathCorpus read(String resource) {
        try (InputStream in = MathCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MathCorpus parse(String text) {
        var entries = new ArrayList<Entry>();
        String source = null;
        var markdown = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("%% ")) {
                add(entries, source, markdown);
                source = line.substring(3).strip();
                markdown.setLength(0);
            } else if (line.startsWith("%")) {
                add(entries, source, markdown);
                source = null;
                markdown.setLength(0);
            } else if (source != null) {
                markdown.append(line).append('\n');
            }
        }
        add(entries, source, markdown);
        return new MathCorpus(List.copyOf(entries));
    }

    private static void add(List<Entry> entries, String source, StringBuilder markdown) {
        if (source != null && !markdown.toString().isBlank()) {
            entries.add(
                    new Entry(entries.size() + 1, source, markdown.toString().strip()));
        }
    }

    /// One note with every entry under a label `⟦n⟧ source` (in a code span, so the label is never math).
    String note() {
        var note = new StringBuilder();
        for (Entry entry : entries) {
            note.append("`⟦")
                    .append(entry.number())
                    .append("⟧ ")
                    .append(entry.source().replace('`', '\''))
                    .append("`\n\n")
                    .append(entry.markdown())
                    .append("\n\n");
        }
        return note.toString();
    }
}
