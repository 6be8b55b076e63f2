package papernotes.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// The result of one in-process `papernotes` run.
public record CliRun(int exitCode, String out, String err) {

    /// Runs `args` with `stdin` as standard input.
    public static CliRun run(LibraryOpener opener, DesktopLauncher desktop, String stdin, String... args) {
        return run(opener, desktop, List.of(), stdin, args);
    }

    /// A run with `commands` added beside the user's, as a launcher adds them (the measuring tools' `bench`, `eval`).
    public static CliRun run(
            LibraryOpener opener, DesktopLauncher desktop, List<Class<?>> commands, String stdin, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var terminal = new Terminal(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        int code = new CommandLineApp(opener, desktop, terminal, commands).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public List<String> lines() {
        return out.lines().toList();
    }

    public String lastLine() {
        return lines().getLast();
    }
}
