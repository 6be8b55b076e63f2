package papernotes.ui.main;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.model.Topic;
import papernotes.service.NoteService;
import papernotes.ui.Messages;
import papernotes.ui.note.NoteViewModel;
import papernotes.ui.sidebar.SidebarViewModel;

/// What the note pane shows while no note is open: how big the library is and the notes changed last, one click
/// from each, so that a first start (or the moment after a note went to the trash) is not an empty pane. Read again
/// whenever the pane is empty and the library changes (not at every search).
public final class WelcomeViewModel {

    static final int RECENT = 6;

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<NoteSummary> recent = FXCollections.observableArrayList();
    private final NoteService notes;
    private final SidebarViewModel sidebar;
    private final NoteViewModel note;
    private final Messages messages;

    public WelcomeViewModel(NoteService notes, SidebarViewModel sidebar, NoteViewModel note, Messages messages) {
        this.notes = notes;
        this.sidebar = sidebar;
        this.note = note;
        this.messages = messages;
        note.noteProperty().subscribe(open -> refreshIfShown());
        // the library changed (a save, an import, the trash): the sidebar reads it again; a search does not change it
        sidebar.topics().addListener((ListChangeListener<Topic>) change -> refreshIfShown());
    }

    /// "27 notes in 5 topics", or that the library is empty.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The notes changed last, the latest first.
    public ObservableList<NoteSummary> recent() {
        return recent;
    }

    /// Whether there is nothing to show but the first steps.
    public boolean isEmpty() {
        return recent.isEmpty();
    }

    private void refreshIfShown() {
        if (note.noteProperty().get().isEmpty()) {
            refresh();
        }
    }

    /// Reads the counts and the notes changed last again.
    public void refresh() {
        try {
            recent.setAll(notes.recent(RECENT));
        } catch (PaperNotesException e) {
            recent.clear();
        }
        int total = sidebar.totalNotes();
        summary.set(
                total == 0
                        ? messages.text("welcome.empty")
                        : messages.format(
                                "welcome.summary", total, sidebar.topics().size()));
    }
}
