package papernotes.ui.note;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import papernotes.model.PaperLinks;

/// The open note's paper links as typed in the header: the paper's address, the code's, the arXiv id, the year
/// and the venue, each empty when the note has none.
public final class PaperLinkFields {

    private final StringProperty paper = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty arxiv = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");

    PaperLinkFields() {}

    /// The paper's address, as typed in the header (empty: none).
    public StringProperty paperProperty() {
        return paper;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /// The arXiv id, or a pasted arXiv address (stored as the id).
    public StringProperty arxivProperty() {
        return arxiv;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    /// Runs `changed` on every change of a field.
    void onChange(Runnable changed) {
        for (var field : fields()) {
            field.addListener((property, before, after) -> changed.run());
        }
    }

    /// Fills the fields with a note's links.
    void show(PaperLinks links) {
        paper.set(links.paper().orElse(""));
        code.set(links.code().orElse(""));
        arxiv.set(links.arxiv().orElse(""));
        year.set(links.year().map(String::valueOf).orElse(""));
        venue.set(links.venue().orElse(""));
    }

    void clear() {
        fields().forEach(field -> field.set(""));
    }

    private List<StringProperty> fields() {
        return List.of(paper, code, arxiv, year, venue);
    }
}
