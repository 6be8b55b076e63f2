package papernotes.cli;

import papernotes.service.Library;

/// Starts the desktop window over an open library and returns its exit code when the window closes.
@FunctionalInterface
public interface DesktopLauncher {

    int launch(Library library);
}
