package papernotes.model;

import java.util.Objects;

/// A heading of a note's outline: its level (1 for `#`), its text as a reader sees it, the line of the Markdown
/// source it starts on (0-based, for the editor) and its place among the headings of the rendered page (0-based,
/// for the note view; a page leaves out a leading heading that repeats the title, so the two can differ).
public record OutlineEntry(int level, String text, int line, int position) {

    public OutlineEntry {
        Objects.requireNonNull(text, "text");
    }
}
