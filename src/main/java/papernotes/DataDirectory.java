package papernotes;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/// Where the library lives: `--data-dir`, else `PAPERNOTES_HOME`, else the platform's place for application data
/// (`$XDG_DATA_HOME/papernotes` or `~/.local/share/papernotes` on Linux, `~/Library/Application Support/PaperNotes`
/// on macOS, `%APPDATA%\PaperNotes` on Windows).
record DataDirectory(Map<String, String> environment, String osName, Path home) {

    static DataDirectory ofSystem() {
        return new DataDirectory(
                System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    Path resolve(Optional<Path> option) {
        if (option.isPresent()) {
            return option.get();
        }
        var override = variable("PAPERNOTES_HOME");
        if (override.isPresent()) {
            return Path.of(override.get());
        }
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return variable("APPDATA")
                    .map(Path::of)
                    .orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve("PaperNotes");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("PaperNotes");
        }
        return variable("XDG_DATA_HOME")
                .map(Path::of)
                .filter(Path::isAbsolute)
                .orElse(home.resolve(".local").resolve("share"))
                .resolve("papernotes");
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }
}
