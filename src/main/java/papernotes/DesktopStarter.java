package papernotes;

import java.io.PrintStream;
import java.util.Optional;
import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import papernotes.service.WindowHandoff;
import papernotes.ui.DesktopApp;
import papernotes.ui.ToolkitStart;
import papernotes.work.Workers;

/// Starts the desktop windows of the process; kept apart so that the command line never loads JavaFX classes (the
/// toolkit is held as an `Object` until a window is shown).
final class DesktopStarter {

    private final Launch.ReadyHook ready;
    private final PrintStream out;
    private Object toolkit;

    private DesktopStarter(Launch.ReadyHook ready, PrintStream out, Object toolkit) {
        this.ready = ready;
        this.out = out;
        this.toolkit = toolkit;
    }

    /// Starts the JavaFX toolkit ahead of the window, while the library opens. `ready`: what hears that a window is
    /// usable, as the environment asks (see [Launch]), printing to `out`.
    static DesktopStarter prepared(Launch.ReadyHook ready, PrintStream out) {
        return new DesktopStarter(ready, out, ToolkitStart.begin());
    }

    /// The first window will start the toolkit itself.
    static DesktopStarter unprepared(Launch.ReadyHook ready, PrintStream out) {
        return new DesktopStarter(ready, out, "not started");
    }

    /// Shows a window and returns when it closes (see [DesktopApp#run]); every window of the process shares the
    /// toolkit.
    Optional<RestorePlan> start(Library library, Optional<RestoreOutcome> notice) {
        if (!(toolkit instanceof ToolkitStart)) {
            toolkit = ToolkitStart.none();
        }
        // the launch check, and the start-up benchmark, start the app with their variables and read what it prints
        var app = new DesktopApp(
                library, ready.choose(System.getenv(), out), (ToolkitStart) toolkit, notice, Workers.daemons());
        // a second launch on the same folder brings this window forward instead of being refused by the lock
        try (var handoff = WindowHandoff.listen(library.dataDir(), app::bringForward, Workers.daemons())) {
            return app.run();
        }
    }
}
