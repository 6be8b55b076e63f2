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
        if (!opensLibrary()) {
            return runWithoutLibrary(new Output(root.terminal()));
        }
        try (Library library = fillsNewLibrary() ? root.open() : root.openWithoutSamples()) {
            return run(library, new Output(root.terminal()));
        }
    }

    abstract int run(Library library, Output output) throws Exception;

    /// Whether the command needs the library open; one that starts other processes on it (`bench startup`) must
    /// leave it closed, and runs [#runWithoutLibrary] instead.
    boolean opensLibrary() {
        return true;
    }

    int runWithoutLibrary(Output output) throws Exception {
        throw new IllegalStateException("This command works on the open library.");
    }

    /// Whether a new library is filled with the shipped notes before the command runs (all but `import`).
    boolean fillsNewLibrary() {
        return true;
    }
}
