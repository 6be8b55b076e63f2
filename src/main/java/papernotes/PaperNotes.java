package papernotes;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import papernotes.cli.CommandLineApp;
import papernotes.cli.Terminal;

/// The entry point of `papernotes.jar`: with a command it runs the command line, without one the desktop app.
public final class PaperNotes {

    private PaperNotes() {
    }

    public static void main(String[] args) {
        Logging.routeJavaLogging();
        var terminal = new Terminal(System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // the start-up probe (ui.StartupProbe, set by environment variables) counts from here
        var started = System.nanoTime();
        var arguments = CommandLineArguments.recover(args);
        // the window's toolkit starts while the library opens (only when the window is what was asked for)
        boolean window = CommandLineArguments.asksForWindow(arguments);
        if (window) {
            HeapPolicy.giveBackFreeHeap();
        }
        var desktop = window ? DesktopStarter.prepared(started, System.out)
                : DesktopStarter.unprepared(started, System.out);
        // for the window, the search index opens in the background: the notes are listed before it is open
        // no daily backup under the start-up benchmark (see Composition)
        var composition = new Composition(DataDirectory.ofSystem(), Clock.systemUTC(), window,
                window && System.getenv(papernotes.ui.StartupProbe.PROBE) == null);
        var opener = papernotes.cli.LibraryOpener.of(composition::open, dir -> composition.open(dir, false),
                composition::folder);
        var app = new CommandLineApp(opener, desktop::start, terminal);
        var windowFolder = CommandLineArguments.windowDataDir(arguments);
        int code = windowFolder.isPresent() ? app.runWindow(windowFolder.get()) : app.run(arguments);
        System.exit(code);
    }
}
