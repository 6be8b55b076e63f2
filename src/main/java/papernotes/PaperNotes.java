package papernotes;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import papernotes.cli.CommandLineApp;
import papernotes.cli.LibraryOpener;
import papernotes.cli.Terminal;
import papernotes.service.WindowHandoff;
import papernotes.ui.LaunchCheck;

/// The entry point of `papernotes.jar`: with a command it runs the command line, without one the desktop app.
public final class PaperNotes {

    /// How long a second launch waits for the open window to answer.
    /// How long a second launch waits for the open window's answer: it waits for a window still being built (see
    /// `DesktopApp.bringForward`), which on a loaded machine takes seconds.
    private static final Duration HANDOFF_PATIENCE = Duration.ofSeconds(12);

    private PaperNotes() {}

    public static void main(String[] args) {
        run(args, Launch.product());
    }

    /// Runs PaperNotes with what `launch` adds (the measuring tools' launcher adds its commands) and exits.
    public static void run(String[] args, Launch launch) {
        Logging.routeJavaLogging();
        var terminal = new Terminal(
                System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        var arguments = CommandLineArguments.recover(args);
        // the window's toolkit starts while the library opens (only when the window is what was asked for)
        boolean window = CommandLineArguments.asksForWindow(arguments);
        var dataDirectory = DataDirectory.ofSystem();
        var windowFolder = CommandLineArguments.windowDataDir(arguments);
        // one window per library folder: a second launch brings the open one forward (before any toolkit starts)
        if (windowFolder.isPresent()) {
            var folder = dataDirectory.resolve(windowFolder.get());
            if (WindowHandoff.askRunningWindow(folder, HANDOFF_PATIENCE)) {
                terminal.out().println("PaperNotes is already open on " + folder + "; its window was brought forward.");
                System.exit(0);
            }
        }
        if (window) {
            HeapPolicy.giveBackFreeHeap();
        }
        var desktop = window
                ? DesktopStarter.prepared(launch.ready(), System.out)
                : DesktopStarter.unprepared(launch.ready(), System.out);
        // for the window, the search index opens in the background: the notes are listed before it is open
        // no daily backup under the launch check (see Composition)
        var clock = Clock.systemUTC();
        var composition = new Composition(
                dataDirectory,
                window
                        ? Composition.Options.window(clock, System.getenv(LaunchCheck.PROBE) == null)
                        : Composition.Options.commands(clock));
        var opener = LibraryOpener.of(composition::open, dir -> composition.open(dir, false), composition::folder);
        var app = new CommandLineApp(opener, desktop::start, terminal, launch.commands());
        int code = windowFolder.isPresent() ? app.runWindow(windowFolder.get()) : app.run(arguments);
        System.exit(code);
    }
}
