package papernotes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import papernotes.model.Failures;
import papernotes.model.PaperNotesException;
import picocli.CommandLine;

/// Runs one `papernotes` invocation. Mistakes in the command's words and failures the user can act on print one
/// line on standard error and give a non-zero exit code; a stack trace appears only with `--verbose`.
public final class CommandLineApp {

    /// Exit code for a failure the user can act on (unknown note, unreadable file, library in use).
    public static final int FAILED = 1;
    /// Exit code for a command line that does not parse.
    public static final int USAGE = 2;
    /// Exit code for an unexpected internal error.
    public static final int INTERNAL = 70;

    private final LibraryOpener opener;
    private final DesktopLauncher desktop;
    private final Terminal terminal;
    private final List<Class<?>> extraCommands;

    public CommandLineApp(LibraryOpener opener, DesktopLauncher desktop, Terminal terminal) {
        this(opener, desktop, terminal, List.of());
    }

    /// `extraCommands`: picocli commands added beside the user's (the measuring tools' `bench` and `eval`); they
    /// reach the library through their `@ParentCommand` [PaperNotesCommand].
    public CommandLineApp(
            LibraryOpener opener, DesktopLauncher desktop, Terminal terminal, List<Class<?>> extraCommands) {
        this.opener = opener;
        this.desktop = desktop;
        this.terminal = terminal;
        this.extraCommands = List.copyOf(extraCommands);
    }

    /// The desktop window over the library in `dataDir` (or the default one), as `run("--data-dir", DIR)` runs it
    /// but without building the command line's parser: its twenty commands took a quarter of a second of every
    /// window's start. For arguments that ask for the window and nothing else.
    public int runWindow(Optional<Path> dataDir) {
        var root = new PaperNotesCommand(opener, desktop, terminal);
        root.dataDir = dataDir.orElse(null);
        try {
            return root.call();
        } catch (RuntimeException e) {
            return failure(e, false);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    public int run(String... args) {
        var root = new PaperNotesCommand(opener, desktop, terminal);
        var commandLine = new CommandLine(root);
        // added first: the settings below reach only the subcommands already there
        extraCommands.forEach(commandLine::addSubcommand);
        commandLine
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(this::usageError)
                .setExecutionExceptionHandler((e, line, parsed) -> failure(e, root.verbose()));
        // every command answers --help, as usage errors tell people to ask it
        commandLine.getSubcommands().values().forEach(sub -> {
            if (!sub.getCommandSpec().optionsMap().containsKey("--help")) {
                sub.getCommandSpec()
                        .addOption(CommandLine.Model.OptionSpec.builder("--help")
                                .usageHelp(true)
                                .description("Show this help and exit.")
                                .build());
            }
        });
        int code = commandLine.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    private int usageError(CommandLine.ParameterException e, String[] args) {
        var command = e.getCommandLine().getCommandName();
        var help = command.equals("papernotes") ? "papernotes --help" : "papernotes " + command + " --help";
        terminal.err().println("papernotes: " + oneLine(Failures.message(e)) + " (see '" + help + "').");
        return USAGE;
    }

    private int failure(Exception e, boolean verbose) {
        if (e instanceof PaperNotesException) {
            terminal.err().println("papernotes: " + oneLine(Failures.message(e)));
            if (verbose) {
                e.printStackTrace(terminal.err());
            }
            return FAILED;
        }
        terminal.err()
                .println("papernotes: unexpected error: " + oneLine(String.valueOf(e))
                        + (verbose ? "" : " (run again with --verbose for details)."));
        if (verbose) {
            e.printStackTrace(terminal.err());
        }
        return INTERNAL;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
