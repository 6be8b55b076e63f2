package papernotes.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import papernotes.ui.note.NoteViewModel;

/// What the main window shows around the note, for small windows: the sidebar and the note's fields (title, topic,
/// tags, paper) can be folded away, and the editor can have the window to itself (distraction-free).
public final class LayoutViewModel {

    private final BooleanProperty sidebarShown = new SimpleBooleanProperty(true);
    private final BooleanProperty fieldsShown = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper distractionFree = new ReadOnlyBooleanWrapper(false);
    private final NoteViewModel note;

    public LayoutViewModel(NoteViewModel note) {
        this.note = note;
        // the editor alone ends when there is nothing to edit: back to reading, or no note open
        note.modeProperty().subscribe(mode -> {
            if (mode != NoteViewModel.Mode.EDIT) {
                distractionFree.set(false);
            }
        });
        note.noteProperty().subscribe(open -> {
            if (open.isEmpty()) {
                distractionFree.set(false);
            }
        });
    }

    /// Whether the sidebar (topics and tags) is shown.
    public BooleanProperty sidebarShownProperty() {
        return sidebarShown;
    }

    /// Whether the note's fields are shown above the editor.
    public BooleanProperty fieldsShownProperty() {
        return fieldsShown;
    }

    /// Whether the editor has the window to itself.
    public ReadOnlyBooleanProperty distractionFreeProperty() {
        return distractionFree.getReadOnlyProperty();
    }

    public void toggleSidebar() {
        sidebarShown.set(!sidebarShown.get());
    }

    public void toggleFields() {
        fieldsShown.set(!fieldsShown.get());
    }

    /// Gives the open note's editor the window (opening the editor when reading), or gives the window back. With no
    /// note open there is nothing to edit, and nothing happens.
    public void toggleDistractionFree() {
        if (distractionFree.get()) {
            leaveDistractionFree();
            return;
        }
        if (note.noteProperty().get().isEmpty()) {
            return;
        }
        if (note.modeProperty().get() != NoteViewModel.Mode.EDIT) {
            note.toggleEdit();
        }
        distractionFree.set(note.modeProperty().get() == NoteViewModel.Mode.EDIT);
    }

    public void leaveDistractionFree() {
        distractionFree.set(false);
    }
}
