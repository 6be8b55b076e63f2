package papernotes.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;

@Command(name = "restore", description = "Bring a note back from the trash to its topic.")
final class RestoreCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Override
    int run(Library library, Output output) {
        var note = library.notes().restore(library.notes().resolve(reference));
        output.line("Restored " + note.id() + " (" + note.title() + ") to " + note.topic() + ".");
        return 0;
    }
}
