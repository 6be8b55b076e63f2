package papernotes.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;
import papernotes.storage.LibraryFiles;

/// Prepares a [RestorePlan]: checks a library file and copies it, upgraded, into the data folder. Shared by the
/// command line (library closed, [LibraryFolder]) and the window (library open, [BackupService#planRestore]).
final class RestorePlans {

    private RestorePlans() {}

    /// Checks that `file` is a sound PaperNotes library this version can open (`integrity_check`, its tables, a
    /// schema version not newer than this one's), and prepares a copy of it in `dataDir`, upgraded to the current
    /// schema. Nothing of the library changes. `current` says what the library holds now.
    static RestorePlan prepare(Path file, Path dataDir, Supplier<Optional<LibraryContents>> current) {
        var name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("Cannot restore from " + name + ": "
                    + (Files.isDirectory(file) ? "it is a folder." : "no such file."));
        }
        var log = Path.of(file + "-wal");
        try {
            if (Files.isRegularFile(log) && Files.size(log) > 0) {
                throw new InvalidInputException("Cannot restore from " + name + ": it has a write-ahead log beside it ("
                        + log.getFileName() + "), so the file alone may miss changes; open it with PaperNotes once, or "
                        + "restore a backup made with 'papernotes backup'.");
            }
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new PaperNotesException("Cannot restore from " + name + ": " + e.getMessage() + ".", e);
        }
        var prepared = dataDir.resolve(".restore-" + UUID.randomUUID() + ".db");
        try {
            Files.copy(file, prepared, StandardCopyOption.REPLACE_EXISTING);
            var checked = LibraryFiles.check(prepared, name);
            LibraryFiles.upgrade(prepared, name);
            var incoming = new LibraryContents(
                    checked.notes(), checked.trashed(), checked.lastChange(), checked.schemaVersion());
            return new RestorePlan(file, prepared, incoming, current.get(), dataDir);
        } catch (IOException e) {
            Folders.deleteQuietly(prepared);
            throw new PaperNotesException("Cannot copy " + name + " into " + dataDir + ": " + e.getMessage() + ".", e);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(prepared);
            throw e;
        }
    }
}
