package papernotes.ui.note;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.service.DraftCopy;

/// The open note's fields as typed: its title, topic, tags and paper links in the header, its reading status and
/// priority in the toolbar, its Markdown source in the editor. Filled from a note as it is shown, and read as one
/// [Draft] to compare with the saved note and to
/// save.
final class NoteFields {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final PaperLinkFields links = new PaperLinkFields();
    private final ObjectProperty<Optional<ReadingStatus>> status = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<ReadingPriority>> priority = new SimpleObjectProperty<>(Optional.empty());

    StringProperty titleProperty() {
        return title;
    }

    StringProperty topicProperty() {
        return topic;
    }

    StringProperty bodyProperty() {
        return body;
    }

    ObservableList<String> tags() {
        return tags;
    }

    PaperLinkFields links() {
        return links;
    }

    ObjectProperty<Optional<ReadingStatus>> statusProperty() {
        return status;
    }

    ObjectProperty<Optional<ReadingPriority>> priorityProperty() {
        return priority;
    }

    /// Runs `changed` on every change of a field, however it was made.
    void onChange(Runnable changed) {
        title.addListener((property, before, after) -> changed.run());
        topic.addListener((property, before, after) -> changed.run());
        body.addListener((property, before, after) -> changed.run());
        tags.addListener((ListChangeListener<String>) change -> changed.run());
        links.onChange(changed);
        status.addListener((property, before, after) -> changed.run());
        priority.addListener((property, before, after) -> changed.run());
    }

    /// Fills the fields with `note` as saved.
    void show(Note note) {
        title.set(note.title());
        topic.set(note.topic().toString());
        body.set(note.body());
        tags.setAll(note.tags());
        links.show(note.links());
        status.set(note.reading().status());
        priority.set(note.reading().priority());
    }

    void clear() {
        title.set("");
        topic.set("");
        body.set("");
        tags.clear();
        links.clear();
        status.set(Optional.empty());
        priority.set(Optional.empty());
    }

    /// Adds a tag typed in the header, as the library spells it; ignored when already there (in any case) or
    /// empty. Throws [papernotes.model.PaperNotesException] when the text cannot be a tag.
    void addTag(String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        var tag = Labels.tag(raw);
        if (tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            tags.add(tag);
        }
    }

    void removeTag(String tag) {
        tags.remove(tag);
    }

    /// The fields as typed, to compare with the saved note and to save.
    Draft draft() {
        return new Draft(
                title.get(), topic.get(), body.get(), links.draft(), tags, new Reading(status.get(), priority.get()));
    }

    /// The fields a copy outside the library keeps, as typed.
    DraftCopy.Draft copy() {
        return new DraftCopy.Draft(title.get(), topic.get(), List.copyOf(tags), body.get());
    }
}
