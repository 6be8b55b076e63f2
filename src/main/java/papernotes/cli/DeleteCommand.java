package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Move a note to the trash (restore brings it back).")
final class DeleteCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Override
    int run(Library library, Output output) {
        var note = library.notes().trash(library.notes().resolve(reference));
        output.line("Moved " + note.id() + " (" + note.title() + ") to the trash; 'papernotes restore " + note.id()
                + "' brings it back.");
        return 0;
    }
}
