package papernotes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import papernotes.model.InvalidInputException;
import papernotes.service.LibraryContents;
import papernotes.service.LibraryFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore-backup",
        hidden = true,
        description = {
            "Replace the library with a library file (a backup): it is checked",
            "(integrity_check, schema) and upgraded first, the current library is kept in <data>/backups/, and the search",
            "index is rebuilt at the next start. Asks for confirmation unless --yes. Not while the app has the library open."
        })
final class RestoreBackupCommand extends FolderCommand {

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The library file to restore, e.g. a file of <data>/backups/.")
    Path file;

    @Option(names = "--yes", description = "Replace without asking.")
    boolean yes;

    @Override
    int run(LibraryFolder folder, Output output) throws IOException {
        return restore(folder, file, yes, output);
    }

    /// Restores `file` over the library of `folder`, asking first unless `yes` (also `restore FILE`).
    static int restore(LibraryFolder folder, Path file, boolean yes, Output output) throws IOException {
        try (var plan = folder.planRestore(file)) {
            output.line("The library in " + folder.dataDir() + " holds "
                    + plan.current().map(RestoreBackupCommand::describe).orElse("nothing yet") + ".");
            output.line(file + " holds " + describe(plan.incoming()) + ".");
            if (!yes) {
                output.line("Type yes to replace the library with " + file + " (the current one is kept as a backup):");
                var answer = new BufferedReader(
                                new InputStreamReader(output.terminal().in(), StandardCharsets.UTF_8))
                        .readLine();
                if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                    throw new InvalidInputException("Nothing was restored: the answer was not 'yes'.");
                }
            }
            output.line(restored(file, folder.restore(plan)));
            return 0;
        }
    }

    /// One sentence about a restore done.
    static String restored(Path file, LibraryFolder.Restored restored) {
        return "Restored " + file + " (" + describe(restored.contents()) + ")"
                + restored.previous()
                        .map(p -> "; the previous library is kept as " + p)
                        .orElse("") + ".";
    }

    private static String describe(LibraryContents contents) {
        return contents.notes() + " notes and " + contents.trashed() + " in the trash"
                + contents.lastChanged()
                        .map(Instant::toString)
                        .map(t -> ", last changed " + t)
                        .orElse("");
    }
}
