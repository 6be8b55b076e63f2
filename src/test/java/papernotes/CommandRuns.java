package papernotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import papernotes.cli.CliRun;

/// Runs `papernotes` in this process, composed as the application composes it, over the library in `dir/data`
/// (the home folder `dir/home`), with `environment` as the process's environment and `commands` beside the user's.
/// No command may start the desktop.
record CommandRuns(Path dir, Map<String, String> environment, List<Class<?>> commands) {

    static CommandRuns in(Path dir) {
        return new CommandRuns(dir, Map.of(), List.of());
    }

    CommandRuns withEnvironment(Map<String, String> variables) {
        return new CommandRuns(dir, variables, commands);
    }

    CommandRuns withCommands(List<Class<?>> more) {
        return new CommandRuns(dir, environment, more);
    }

    CliRun run(String... args) {
        return runWithInput("", args);
    }

    CliRun runWithInput(String stdin, String... args) {
        var composition = new Composition(
                new DataDirectory(environment, "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRun.run(
                composition::open,
                (library, notice) -> {
                    throw new AssertionError("no command should start the desktop");
                },
                commands,
                stdin,
                all.toArray(String[]::new));
    }
}
