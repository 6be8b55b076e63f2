package papernotes.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;

@Command(name = "export-bibtex", description = {"Write a BibTeX entry for every paper note (with a paper link, arXiv id",
        "or DOI), sorted by citation key; a note keeps its key once it has one."})
final class ExportBibtexCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "FILE.bib", description = "The file to write (replaced if it exists).")
    Path file;

    @Override
    int run(Library library, Output output) {
        var export = library.bibtex().exportTo(file);
        output.line("Exported " + export.entries() + " entries to " + export.file() + " (" + export.newKeys()
                + " notes got their citation key now).");
        return 0;
    }
}
