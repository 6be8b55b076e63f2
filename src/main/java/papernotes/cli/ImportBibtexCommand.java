package papernotes.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.model.TopicPath;
import papernotes.service.BibtexService;
import papernotes.service.ImportMode;
import papernotes.service.Library;

@Command(name = "import-bibtex", description = {"Create or update paper notes from a BibTeX file, matching entries to",
        "notes by citation key, then DOI, then arXiv id (never a second note for a paper). The file is checked",
        "completely first and written in one transaction. Prints add/update/skip per entry."})
final class ImportBibtexCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "FILE.bib", description = "The BibTeX file (UTF-8).")
    Path file;

    @Option(names = "--topic", paramLabel = "PATH", description = "Where new notes go (default: Inbox).")
    String topic;

    @Option(names = "--dry-run", description = "Say what would be added, updated and skipped; write nothing.")
    boolean dryRun;

    @Override
    int run(Library library, Output output) {
        var result = library.bibtex().importFrom(file, Optional.ofNullable(topic).map(TopicPath::parse),
                dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
        for (BibtexService.Change change : result.changes()) {
            output.line(change.action().name().toLowerCase(Locale.ROOT) + "\t" + change.citekey() + "\t"
                    + change.note().map(Object::toString).orElse("-") + "\t" + change.title() + "\t" + change.detail());
        }
        output.line((dryRun ? "Would add " : "Added ") + result.count(BibtexService.Action.ADD) + ", "
                + (dryRun ? "update " : "updated ") + result.count(BibtexService.Action.UPDATE) + ", "
                + (dryRun ? "skip " : "skipped ") + result.count(BibtexService.Action.SKIP)
                + (dryRun ? "; nothing was written." : "."));
        return 0;
    }
}
