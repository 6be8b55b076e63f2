package papernotes.ui.search;

import java.util.List;
import papernotes.model.NoteSummary;

/// A line of the note list: the note, and while searching the passages that matched (HTML-escaped, matches in
/// `<mark>`) and its rank in the answer (0 when browsing).
public record NoteRow(NoteSummary note, List<String> snippets, int rank) {

    public NoteRow {
        snippets = List.copyOf(snippets);
    }

    public static NoteRow of(NoteSummary note) {
        return new NoteRow(note, List.of(), 0);
    }
}
