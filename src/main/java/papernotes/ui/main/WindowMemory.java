package papernotes.ui.main;

import java.util.Optional;
import javafx.stage.Stage;
import papernotes.model.NoteId;
import papernotes.ui.UiSettings;

/// What the main window remembers between runs, in the window settings: its size and place, the split positions,
/// whether the sidebar and the note's fields are shown, whether search by meaning is on, and the note open last.
final class WindowMemory {

    private final UiSettings settings;

    WindowMemory(UiSettings settings) {
        this.settings = settings;
    }

    /// Shows the layout as it was left, and remembers each change of it as it happens.
    void follow(LayoutViewModel layout, MainViewModel viewModel) {
        layout.sidebarShownProperty().set(settings.flag("sidebar.shown", true));
        layout.fieldsShownProperty().set(settings.flag("noteFields.shown", true));
        layout.sidebarShownProperty().subscribe(shown -> settings.put("sidebar.shown", shown));
        layout.fieldsShownProperty().subscribe(shown -> settings.put("noteFields.shown", shown));
        viewModel.meaningsOnProperty().set(settings.flag("search.meanings", true));
        viewModel.meaningsOnProperty().subscribe(on -> settings.put("search.meanings", on));
    }

    double width() {
        return settings.number("window.width").orElse(1280.0);
    }

    double height() {
        return settings.number("window.height").orElse(800.0);
    }

    SplitPositions splits() {
        return SplitPositions.read(settings.number("split.sidebar"), settings.number("split.list"));
    }

    /// The note open when the window last closed, if its id is still well formed.
    Optional<NoteId> lastNote() {
        return settings.text("lastNote").filter(NoteId::isWellFormed).map(NoteId::new);
    }

    /// Remembers the window as it closes: its size and place (unless maximized or minimized), the splits and the
    /// open note; and writes the settings.
    void remember(Stage stage, SplitPositions dividers, Optional<NoteId> open) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
        }
        settings.put("window.maximized", stage.isMaximized());
        settings.put("split.sidebar", dividers.sidebar());
        settings.put("split.list", dividers.list());
        open.ifPresentOrElse(id -> settings.put("lastNote", id.value()), () -> settings.remove("lastNote"));
        settings.save();
    }
}
