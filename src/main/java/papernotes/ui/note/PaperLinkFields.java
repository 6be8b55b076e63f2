package papernotes.ui.note;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import papernotes.model.AuthorList;
import papernotes.model.PaperLinks;

/// The open note's paper fields as typed in the header: the paper's address, the code's, the arXiv id, the DOI, the
/// year and the venue, the paper's full title, its authors (one line, separated by `;`) and its abstract, each empty
/// when the note has none.
public final class PaperLinkFields {

    private final StringProperty paper = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty arxiv = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty doi = new SimpleStringProperty("");
    private final StringProperty paperTitle = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty abstractText = new SimpleStringProperty("");

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

    /// The DOI, or a doi.org address (stored as the DOI).
    public StringProperty doiProperty() {
        return doi;
    }

    /// The paper's full title as it appeared; the note's own title may stay short.
    public StringProperty paperTitleProperty() {
        return paperTitle;
    }

    /// The authors in order, separated by `;` ("Kaiming He; Xiangyu Zhang").
    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty abstractProperty() {
        return abstractText;
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
        doi.set(links.doi().orElse(""));
        paperTitle.set(links.paperTitle().orElse(""));
        authors.set(AuthorList.text(links.authors()));
        abstractText.set(links.abstractText().orElse(""));
    }

    /// The fields as typed.
    PaperDraft draft() {
        return new PaperDraft(
                paper.get(),
                code.get(),
                arxiv.get(),
                doi.get(),
                year.get(),
                venue.get(),
                paperTitle.get(),
                authors.get(),
                abstractText.get());
    }

    void clear() {
        fields().forEach(field -> field.set(""));
    }

    private List<StringProperty> fields() {
        return List.of(paper, code, arxiv, doi, year, venue, paperTitle, authors, abstractText);
    }
}
