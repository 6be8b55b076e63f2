package papernotes.ui.search;

import java.util.List;
import papernotes.model.NoteSummary;

/// A line of the note list: the note, and while searching the passages of its text that matched (HTML-escaped,
/// matches in `<mark>`), the pages of its PDFs that matched, and its rank in the answer (0 when browsing).
public record NoteRow(NoteSummary note, List<String> snippets, List<PageLine> pages, int rank) {

    public NoteRow {
        snippets = List.copyOf(snippets);
        pages = List.copyOf(pages);
    }

    /// A line without matched pages.
    public NoteRow(NoteSummary note, List<String> snippets, int rank) {
        this(note, snippets, List.of(), rank);
    }

    public static NoteRow of(NoteSummary note) {
        return new NoteRow(note, List.of(), 0);
    }
}
