package papernotes;

import papernotes.service.Library;
import papernotes.ui.DesktopApp;
import papernotes.ui.ToolkitStart;

/// Starts the desktop window; kept apart so that the command line never loads JavaFX classes.
final class DesktopStarter {

    private DesktopStarter() {
    }

    /// Starts the JavaFX toolkit ahead of the window, while the library opens.
    static Object prepare() {
        return ToolkitStart.begin();
    }

    static int start(Library library, Runnable onUsable, Object prepared) {
        return new DesktopApp(library, onUsable,
                prepared instanceof ToolkitStart start ? start : ToolkitStart.none()).run();
    }
}
