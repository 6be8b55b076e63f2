package papernotes;

import papernotes.service.Library;
import papernotes.ui.DesktopApp;

/// Starts the desktop window; kept apart so that the command line never loads JavaFX classes.
final class DesktopStarter {

    private DesktopStarter() {
    }

    static int start(Library library) {
        return new DesktopApp(library).run();
    }
}
