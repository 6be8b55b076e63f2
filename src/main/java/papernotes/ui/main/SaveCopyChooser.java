package papernotes.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import papernotes.ui.note.NoteViewModel;

/// Asks where to save a copy of the open note as typed (File → Save a copy as Markdown…, Ctrl+Shift+S), offering
/// its title as the file name.
final class SaveCopyChooser {

    private SaveCopyChooser() {}

    static Optional<Path> choose(Stage stage, NoteViewModel note) {
        var open = note.noteProperty().get();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var chooser = new FileChooser();
        var name = note.titleProperty()
                .get()
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")
                .strip();
        chooser.setInitialFileName((name.isEmpty() ? open.get().id().value() : name) + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        return Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
    }
}
