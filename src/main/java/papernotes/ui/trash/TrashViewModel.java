package papernotes.ui.trash;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.Note;
import papernotes.model.PaperNotesException;
import papernotes.model.TrashedNote;
import papernotes.service.NoteService;
import papernotes.ui.Messages;

/// The trash: notes put there, newest first; restore brings one back where it was, empty deletes them for good.
public final class TrashViewModel {

    private final ObservableList<TrashedNote> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final NoteService service;
    private final Messages messages;
    private final Consumer<Note> restored;
    private final Runnable changed;

    /// `restored` hears each note brought back (the window opens it), `changed` any change to the library.
    public TrashViewModel(NoteService service, Messages messages, Consumer<Note> restored, Runnable changed) {
        this.service = service;
        this.messages = messages;
        this.restored = restored;
        this.changed = changed;
    }

    public ObservableList<TrashedNote> notes() {
        return notes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// The text of the note chosen in the trash, to look at before restoring or deleting it.
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /// Shows the chosen note's text in the preview (nothing when none is chosen).
    public void choose(Optional<TrashedNote> chosen) {
        try {
            preview.set(chosen.map(
                            trashed -> service.get(trashed.note().id()).note().body())
                    .orElse(""));
        } catch (PaperNotesException e) {
            preview.set(e.getMessage());
        }
    }

    public void load() {
        notes.setAll(service.trashed());
        message.set(notes.isEmpty() ? messages.text("trash.empty") : messages.format("trash.count", notes.size()));
    }

    /// Deletes every note in the trash for good.
    public void emptyTrash() {
        try {
            int gone = service.emptyTrash();
            changed.run();
            load();
            message.set(messages.format("trash.emptied", gone));
        } catch (PaperNotesException e) {
            message.set(e.getMessage());
        }
    }

    public void restore(List<TrashedNote> chosen) {
        try {
            for (var trashed : chosen) {
                var note = service.restore(trashed.note().id());
                restored.accept(note);
            }
            changed.run();
            load();
        } catch (PaperNotesException e) {
            message.set(e.getMessage());
        }
    }
}
