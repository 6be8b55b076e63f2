package papernotes.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import papernotes.model.Failures;
import papernotes.model.PaperNotesException;
import papernotes.service.Library;
import papernotes.service.LibraryFolder;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/// `papernotes [--data-dir DIR] <command>`: with no command, the desktop app.
@Command(
        name = "papernotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "PaperNotes: a knowledge base for research-paper notes in Chinese and English.",
            "With no command, opens the desktop window."
        },
        subcommands = {
            ListCommand.class,
            ShowCommand.class,
            TopicsCommand.class,
            TagsCommand.class,
            NewCommand.class,
            EditCommand.class,
            AttachCommand.class,
            DetachCommand.class,
            CiteCommand.class,
            DeleteCommand.class,
            RestoreCommand.class,
            TrashCommand.class,
            HistoryCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            RenderCommand.class,
            BackupCommand.class,
            RestoreBackupCommand.class,
            ImportJsonCommand.class,
            GlossaryCommand.class,
            SyncCommand.class,
            ConflictsCommand.class,
            ResolveCommand.class
        },
        footer = {
            "",
            "The library lives in $XDG_DATA_HOME/papernotes (Linux), ~/Library/Application Support/PaperNotes",
            "(macOS) or %%APPDATA%%\\PaperNotes (Windows); PAPERNOTES_HOME or --data-dir choose another folder."
        })
public final class PaperNotesCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Library folder (default: see below).",
            scope = ScopeType.INHERIT)
    @Nullable
    Path dataDir;

    @Option(names = "--verbose", description = "Show the full error when something fails.", scope = ScopeType.INHERIT)
    boolean verbose;

    private final LibraryOpener opener;
    private final DesktopLauncher desktop;
    private final Terminal terminal;

    public PaperNotesCommand(LibraryOpener opener, DesktopLauncher desktop, Terminal terminal) {
        this.opener = opener;
        this.desktop = desktop;
        this.terminal = terminal;
    }

    /// The desktop window. A backup restored from its File menu is restored here, with the library closed, and the
    /// window then comes back over the restored library, saying how the restore went.
    @Override
    public Integer call() {
        Optional<RestoreOutcome> notice = Optional.empty();
        while (true) {
            Optional<RestorePlan> restore;
            try (var library = open()) {
                restore = desktop.launch(library, notice);
            }
            if (restore.isEmpty()) {
                return 0;
            }
            try (var plan = restore.get()) {
                notice = Optional.of(new RestoreOutcome.Done(plan.source(), folder().restore(plan)));
            } catch (PaperNotesException e) {
                notice = Optional.of(new RestoreOutcome.Failed(restore.get().source(), Failures.message(e)));
            }
        }
    }

    /// Opens the library the command line names (filling a new one with the shipped notes); for commands added
    /// beside the user's, as for the user's own.
    public Library open() {
        return opener.open(Optional.ofNullable(dataDir));
    }

    /// The library folder given with `--data-dir`, if any.
    public Optional<Path> dataDirectory() {
        return Optional.ofNullable(dataDir);
    }

    Library openWithoutSamples() {
        return opener.openWithoutSamples(Optional.ofNullable(dataDir));
    }

    LibraryFolder folder() {
        return opener.folder(Optional.ofNullable(dataDir));
    }

    public Terminal terminal() {
        return terminal;
    }

    boolean verbose() {
        return verbose;
    }
}
