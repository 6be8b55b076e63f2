package papernotes.cli;

import java.util.LinkedHashMap;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "cite",
        description = "How to cite a note's paper: the reference (APA's manner), its citation key, [@key] for Pandoc,"
                + " or its BibTeX entry. A note without a key gets one now, and keeps it.")
final class CiteCommand extends LibraryCommand {

    /// What to print.
    enum Format {
        reference,
        key,
        pandoc,
        bibtex
    }

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", description = "reference (the default), key, pandoc or bibtex.")
    Format format = Format.reference;

    @Option(names = "--json", description = "Print JSON: {id, key, pandoc, reference, bibtex}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var id = library.notes().resolve(reference);
        var citation = library.bibtex().cite(id);
        if (json) {
            var map = new LinkedHashMap<String, Object>();
            map.put("id", id.value());
            map.put("key", citation.key());
            map.put("pandoc", citation.pandoc());
            map.put("reference", citation.reference());
            map.put("bibtex", citation.bibtex());
            output.json(map);
            return 0;
        }
        output.line(
                switch (format) {
                    case reference -> citation.reference();
                    case key -> citation.key();
                    case pandoc -> citation.pandoc();
                    case bibtex -> citation.bibtex();
                });
        return 0;
    }
}
