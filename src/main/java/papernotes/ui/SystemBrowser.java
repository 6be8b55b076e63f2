package papernotes.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.work.Workers;

/// Opens a web address in the user's browser, or a file with the application the system has for it, outside
/// PaperNotes: `xdg-open` on Linux, `open` on macOS, the URL handler on Windows. When nothing could open it (no
/// opener installed, or it exits with an error: no browser set up), `failed` hears the address or file, so that the
/// window can say so and offer to copy it.
public final class SystemBrowser {

    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);
    /// How long an opener may take to say it failed; one that is still running then opened something.
    static final long PATIENCE_MILLIS = 3000;

    private final List<String> opener;
    private final Consumer<String> failed;

    /// The system's opener; `failed` runs on a thread of its own.
    public SystemBrowser(Consumer<String> failed) {
        this(systemOpener(), failed);
    }

    /// An opener command to which the address is added (tests give one that fails).
    SystemBrowser(List<String> opener, Consumer<String> failed) {
        this.opener = List.copyOf(opener);
        this.failed = failed;
    }

    private static List<String> systemOpener() {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("windows")
                ? List.of("rundll32", "url.dll,FileProtocolHandler")
                : os.startsWith("mac") ? List.of("open") : List.of("xdg-open");
    }

    /// Opens `address` if it is an `http` or `https` address; anything else is ignored.
    public void open(String address) {
        var lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            launch(address);
        }
    }

    /// Opens `file` with the system's application for it.
    public void openFile(Path file) {
        launch(file.toAbsolutePath().toString());
    }

    private void launch(String target) {
        var command = new ArrayList<>(opener);
        command.add(target);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("Could not open {}: {}", target, e.getMessage());
            Workers.daemons().start("opener", () -> failed.accept(target));
            return;
        }
        Workers.daemons().start("opener", () -> {
            try {
                if (process.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                    LOG.warn("Could not open {}: {} exited with {}", target, command.getFirst(), process.exitValue());
                    failed.accept(target);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
