package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;

@Command(name = "reindex", description = "Rebuild the search index from the library.")
final class ReindexCommand extends LibraryCommand {

    @Override
    int run(Library library, Output output) {
        library.search().awaitIndex();
        long start = System.nanoTime();
        int count = library.search().rebuild();
        output.line("Indexed " + count + " notes in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        return 0;
    }
}
