package papernotes.ui.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.model.Theme;
import papernotes.service.NoteService;
import papernotes.service.RenderService;
import papernotes.service.TopicService;

/// State and commands of the library window: the topic tree, the notes of the chosen topic, the open note.
public final class LibraryViewModel {

    // Properties

    private final ObservableList<Topic> topics = FXCollections.observableArrayList();
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
    // one read-only view each, kept: listeners on a view live only as long as the view does
    private final ObservableList<Topic> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<NoteSummary> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyObjectWrapper<Optional<TopicPath>> selectedTopic = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper noteTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notePage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<TopicPath, Integer> totals = new HashMap<>();

    private final NoteService noteService;
    private final TopicService topicService;
    private final RenderService renderService;

    public LibraryViewModel(NoteService noteService, TopicService topicService, RenderService renderService) {
        this.noteService = noteService;
        this.topicService = topicService;
        this.renderService = renderService;
    }

    public ObservableList<Topic> topics() {
        return topicsView;
    }

    public ObservableList<NoteSummary> notes() {
        return notesView;
    }

    public ReadOnlyObjectProperty<Optional<TopicPath>> selectedTopicProperty() {
        return selectedTopic.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteTitleProperty() {
        return noteTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteDetailsProperty() {
        return noteDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteBodyProperty() {
        return noteBody.getReadOnlyProperty();
    }

    /// The rendered page of the open note (HTML for the note view).
    public ReadOnlyStringProperty notePageProperty() {
        return notePage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// Notes in the whole library.
    public int totalNotes() {
        return topics.stream().mapToInt(Topic::noteCount).sum();
    }

    /// Notes in the topic and all topics below it.
    public int totalNotes(TopicPath topic) {
        return totals.getOrDefault(topic, 0);
    }

    // Commands

    /// Reads the topic tree and every note.
    public void load() {
        List<Topic> all = topicService.list();
        totals.clear();
        for (Topic topic : all) {
            for (Optional<TopicPath> at = Optional.of(topic.path()); at.isPresent(); at = at.get().parent()) {
                totals.merge(at.get(), topic.noteCount(), Integer::sum);
            }
        }
        topics.setAll(all);
        selectTopic(Optional.empty());
    }

    /// Shows the notes of a topic and its sub-topics, or of the whole library.
    public void selectTopic(Optional<TopicPath> topic) {
        selectedTopic.set(topic);
        notes.setAll(noteService.list(new NoteFilter(topic, Optional.empty())));
        status.set(notes.size() + (notes.size() == 1 ? " note" : " notes") + topic.map(t -> " in " + t).orElse(""));
    }

    /// Opens a note in the reading pane.
    public void openNote(NoteId id) {
        var note = noteService.get(id).note();
        noteTitle.set(note.title());
        var details = new StringBuilder(note.topic().toString());
        if (!note.tags().isEmpty()) {
            details.append("   ·   ").append(String.join("  ", note.tags().stream().map(t -> "#" + t).toList()));
        }
        note.links().paper().ifPresent(link -> details.append("\npaper: ").append(link));
        note.links().code().ifPresent(link -> details.append("\ncode: ").append(link));
        noteDetails.set(details.toString());
        noteBody.set(note.body());
        notePage.set(renderService.note(id, Theme.LIGHT));
    }

    /// Opens the note a link in the note view points to (`note:ID`); an unknown id is ignored.
    public void openLinkedNote(String id) {
        if (NoteId.isWellFormed(id)) {
            try {
                openNote(new NoteId(id));
            } catch (papernotes.model.PaperNotesException e) {
                status.set(e.getMessage());
            }
        }
    }
}
