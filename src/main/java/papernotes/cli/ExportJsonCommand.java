package papernotes.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;

@Command(name = "export-json", description = {"Write the whole library (notes, trash, topics, revisions, attachments)",
        "as one JSON backup zip; the same library always gives the same bytes."})
final class ExportJsonCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The backup to write (replaced if it exists).")
    Path file;

    @Override
    int run(Library library, Output output) {
        var export = library.jsonBackup().exportTo(file);
        output.line("Exported " + export.notes() + " notes, " + export.revisions() + " revisions and "
                + export.attachments() + " attachments to " + export.file() + " (" + Sizes.of(export.bytes()) + ").");
        return 0;
    }
}
