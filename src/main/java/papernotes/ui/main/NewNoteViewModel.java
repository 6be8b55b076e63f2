package papernotes.ui.main;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.ArxivId;
import papernotes.model.Labels;
import papernotes.model.PaperNotesException;

/// The new-note form (Ctrl+N) as typed, with its tags. The arXiv id and the year follow the paper address: read again
/// at every
/// change of it (a keystroke, a paste), so they always match the address as it stands, until the user types an id
/// or a year of their own.
final class NewNoteViewModel {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty paper = new SimpleStringProperty("");
    private final StringProperty arxiv = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /// What the address last put in the arXiv and year fields: a field still holding it follows the address.
    private String filledArxiv = "";
    private String filledYear = "";

    NewNoteViewModel(String topic) {
        this.topic.set(topic);
        paper.addListener((property, before, after) -> follow(after));
    }

    StringProperty titleProperty() {
        return title;
    }

    /// The topic path as typed; the selected topic to begin with.
    StringProperty topicProperty() {
        return topic;
    }

    StringProperty paperProperty() {
        return paper;
    }

    StringProperty arxivProperty() {
        return arxiv;
    }

    StringProperty codeProperty() {
        return code;
    }

    StringProperty yearProperty() {
        return year;
    }

    StringProperty venueProperty() {
        return venue;
    }

    /// The tags chosen so far, in the order given.
    ObservableList<String> tags() {
        return tags;
    }

    /// Adds a tag (a leading `#` dropped; ignored when already there, ignoring case). A tag the library cannot take
    /// (too long) is kept as typed, and creating the note says why it is refused.
    void addTag(String raw) {
        String tag;
        try {
            tag = Labels.tag(raw);
        } catch (PaperNotesException e) {
            tag = raw.strip();
        }
        var adding = tag;
        if (!adding.isEmpty() && tags.stream().noneMatch(adding::equalsIgnoreCase)) {
            tags.add(adding);
        }
    }

    void removeTag(String tag) {
        tags.remove(tag);
    }

    /// The form as typed, for [MainViewModel#create].
    NewNoteForm form() {
        return new NewNoteForm(
                text(title), text(topic), text(paper), text(arxiv), text(code), text(year), text(venue), tags);
    }

    /// A field's text; a combo box's editor may hand over null for none.
    private static String text(StringProperty field) {
        return Objects.requireNonNullElse(field.get(), "");
    }

    private void follow(String address) {
        var id = NewNoteForm.arxivIn(Objects.requireNonNullElse(address, ""));
        if (text(arxiv).isBlank() || text(arxiv).equals(filledArxiv)) {
            filledArxiv = id.orElse("");
            arxiv.set(filledArxiv);
        }
        if (text(year).isBlank() || text(year).equals(filledYear)) {
            filledYear = id.flatMap(ArxivId::year).map(String::valueOf).orElse("");
            year.set(filledYear);
        }
    }
}
