package papernotes.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.ParentCommand;
import papernotes.service.Library;

/// A subcommand that works on the open library; the library is closed again when it finishes.
abstract class LibraryCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Override
    public final Integer call() throws Exception {
        try (Library library = fillsNewLibrary() ? root.open() : root.openWithoutSamples()) {
            return run(library, new Output(root.terminal()));
        }
    }

    abstract int run(Library library, Output output) throws Exception;

    /// Whether a new library is filled with the shipped notes before the command runs (all but `import`).
    boolean fillsNewLibrary() {
        return true;
    }
}
