package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "detach", description = "Take a file off a note's attachments (the library keeps the file itself).")
final class DetachCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file's name, as 'show' lists it.")
    String name;

    @Override
    int run(Library library, Output output) {
        var id = library.notes().resolve(reference);
        var file = library.files().detach(id, name);
        output.line("Took " + file.fileName() + " off " + id + "'s files.");
        return 0;
    }
}
