package papernotes.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import papernotes.model.NoteId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/// `restore ID` brings a note back from the trash; `restore FILE` replaces the library with a backup of it.
@Command(
        name = "restore",
        description = {
            "Bring a note back from the trash to its topic (restore ID), or replace the",
            "library with a backup (restore FILE, as restore-backup does: checked first, asks for confirmation unless --yes,",
            "the current library kept in <data>/backups/)."
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Parameters(
            index = "0",
            paramLabel = "ID|FILE",
            description = {
                "The note's id (or its first 4+ characters), title or",
                "alias; or a library file (an existing file, or a name ending in .db), e.g. one of <data>/backups/."
            })
    String reference;

    @Option(names = "--yes", description = "For a backup: replace the library without asking.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        var output = new Output(root.terminal());
        if (namesFile(reference)) {
            return RestoreBackupCommand.restore(root.folder(), Path.of(reference), yes, output);
        }
        try (var library = root.open()) {
            var note = library.notes().restore(library.notes().resolve(reference));
            output.line("Restored " + note.id() + " (" + note.title() + ") to " + note.topic() + ".");
            return 0;
        }
    }

    /// A reference is a file when it is not an id and names an existing file, or ends in `.db`.
    static boolean namesFile(String reference) {
        if (NoteId.isWellFormed(reference)) {
            return false;
        }
        if (reference.endsWith(".db")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(reference));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
