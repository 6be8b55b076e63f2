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
        var composition = new Composition(DataDirectory.ofSystem(), Clock.systemUTC());
        int code = new CommandLineApp(composition::open, DesktopStarter::start, terminal).run(CommandLineArguments.recover(args));
        System.exit(code);
    }
}
