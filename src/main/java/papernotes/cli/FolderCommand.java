package papernotes.cli;

import java.util.concurrent.Callable;
import papernotes.service.LibraryFolder;
import picocli.CommandLine.ParentCommand;

/// A subcommand that works on the library folder while the library is not open as usual (it opens the library
/// itself, without filling a new one with the shipped notes or opening the search index).
abstract class FolderCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Override
    public final Integer call() throws Exception {
        return run(root.folder(), new Output(root.terminal()));
    }

    abstract int run(LibraryFolder folder, Output output) throws Exception;
}
