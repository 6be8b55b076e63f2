package papernotes.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.ByteSizes;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        description = {
            "Write a consistent copy of the library file (VACUUM INTO, checked with",
            "integrity_check, renamed into place). Default: <data>/backups/library-YYYYMMDD-HHMMSS.db."
        })
final class BackupCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "Where to write it (must not exist; a folder gets a dated file).")
    @Nullable
    Path file;

    @Override
    int run(Library library, Output output) {
        var backup = library.backups().backup(Optional.ofNullable(file));
        output.line("Backed up " + backup.notes() + " notes to " + backup.file() + " ("
                + ByteSizes.describe(backup.bytes()) + ").");
        return 0;
    }
}
