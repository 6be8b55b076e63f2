package papernotes;

import java.util.Optional;

import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import papernotes.ui.DesktopApp;
import papernotes.ui.ToolkitStart;

/// Starts the desktop windows of the process; kept apart so that the command line never loads JavaFX classes (the
/// toolkit is held as an `Object` until a window is shown).
final class DesktopStarter {

    private final Runnable onUsable;
    private Object toolkit;

    private DesktopStarter(Runnable onUsable, Object toolkit) {
        this.onUsable = onUsable;
        this.toolkit = toolkit;
    }

    /// Starts the JavaFX toolkit ahead of the window, while the library opens.
    static DesktopStarter prepared(Runnable onUsable) {
        return new DesktopStarter(onUsable, ToolkitStart.begin());
    }

    /// The first window will start the toolkit itself.
    static DesktopStarter unprepared(Runnable onUsable) {
        return new DesktopStarter(onUsable, "not started");
    }

    /// Shows a window and returns when it closes (see [DesktopApp#run]); every window of the process shares the
    /// toolkit.
    Optional<RestorePlan> start(Library library, Optional<RestoreOutcome> notice) {
        if (!(toolkit instanceof ToolkitStart)) {
            toolkit = ToolkitStart.none();
        }
        return new DesktopApp(library, onUsable, (ToolkitStart) toolkit, notice).run();
    }
}
