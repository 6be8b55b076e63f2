package papernotes.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import papernotes.service.Library;
import picocli.CommandLine.ParentCommand;

/// A subcommand that works on the open library; the library is closed again when it finishes.
abstract class LibraryCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Override
    public final Integer call() throws Exception {
        var early = beforeOpening(new Output(root.terminal()));
        if (early.isPresent()) {
            return early.get();
        }
        try (Library library = fillsNewLibrary() ? root.open() : root.openWithoutSamples()) {
            return run(library, new Output(root.terminal()));
        }
    }

    abstract int run(Library library, Output output) throws Exception;

    /// Work done instead of opening the library, when the command finds it has none to do there: its exit code.
    Optional<Integer> beforeOpening(Output output) {
        return Optional.empty();
    }

    /// Whether a new library is filled with the shipped notes before the command runs (all but `import`).
    boolean fillsNewLibrary() {
        return true;
    }
}
