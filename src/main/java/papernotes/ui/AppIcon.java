package papernotes.ui;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/// PaperNotes' icon (a note with 笔 on it) on a window's title bar and in the task switcher. The installers use the
/// same picture (`papernotes-256.png`) for the launcher.
public final class AppIcon {

    private static final List<String> SIZES = List.of("papernotes-256.png", "papernotes-48.png");

    private AppIcon() {}

    /// Gives `stage` the icon, in every size there is, unless it has one.
    public static void applyTo(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (var name : SIZES) {
            var resource = AppIcon.class.getResource(name);
            if (resource != null) {
                stage.getIcons().add(new Image(resource.toExternalForm()));
            }
        }
    }
}
