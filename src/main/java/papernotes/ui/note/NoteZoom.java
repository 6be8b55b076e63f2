package papernotes.ui.note;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import papernotes.ui.UiSettings;

/// The window's zoom keys for the open note: Ctrl+= or Ctrl++ (also on the keypad) zoom in, Ctrl+- zooms out,
/// Ctrl+0 resets; the level applies to the rendered note and the editor, and is remembered as `note.zoom` (percent)
/// in the window settings.
public final class NoteZoom {

    static final String SETTING = "note.zoom";

    private NoteZoom() {}

    public static void install(Scene scene, UiSettings settings, NotePane pane) {
        var zoom = new ZoomViewModel(settings.number(SETTING).orElse(100.0));
        pane.zoomProperty().bind(zoom.factor());
        zoom.percentProperty().addListener((property, before, after) -> {
            settings.put(SETTING, after);
            settings.save();
        });
        var accelerators = scene.getAccelerators();
        for (var key : List.of(KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD)) {
            accelerators.put(
                    new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY), zoom::zoomIn);
        }
        for (var key : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            accelerators.put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), zoom::zoomOut);
        }
        for (var key : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            accelerators.put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), zoom::reset);
        }
    }
}
