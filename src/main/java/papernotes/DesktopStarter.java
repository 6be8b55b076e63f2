package papernotes;

import java.util.Optional;

import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import papernotes.service.WindowHandoff;
import papernotes.ui.DesktopApp;
import papernotes.ui.StartupProbe;
import papernotes.ui.ToolkitStart;

/// Starts the desktop windows of the process; kept apart so that the command line never loads JavaFX classes (the
/// toolkit is held as an `Object` until a window is shown).
final class DesktopStarter {

    private final long started;
    private final java.io.PrintStream out;
    private Object toolkit;

    private DesktopStarter(long started, java.io.PrintStream out, Object toolkit) {
        this.started = started;
        this.out = out;
        this.toolkit = toolkit;
    }

    /// Starts the JavaFX toolkit ahead of the window, while the library opens. `started`: the [System#nanoTime]
    /// of the launch, which the start-up probe counts from; `out`: where the probe prints.
    static DesktopStarter prepared(long started, java.io.PrintStream out) {
        return new DesktopStarter(started, out, ToolkitStart.begin());
    }

    /// The first window will start the toolkit itself.
    static DesktopStarter unprepared(long started, java.io.PrintStream out) {
        return new DesktopStarter(started, out, "not started");
    }

    /// Shows a window and returns when it closes (see [DesktopApp#run]); every window of the process shares the
    /// toolkit.
    Optional<RestorePlan> start(Library library, Optional<RestoreOutcome> notice) {
        if (!(toolkit instanceof ToolkitStart)) {
            toolkit = ToolkitStart.none();
        }
        // the start-up benchmark (bench startup) starts the app with the probe's variables and reads what it prints
        var probe = StartupProbe.fromEnvironment(System.getenv(), started, out);
        var app = new DesktopApp(library, probe, (ToolkitStart) toolkit, notice);
        // a second launch on the same folder brings this window forward instead of being refused by the lock
        try (var handoff = WindowHandoff.listen(library.dataDir(), app::bringForward)) {
            return app.run();
        }
    }
}
