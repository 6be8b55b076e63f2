package papernotes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;

@Command(name = "import", description = {"Import notes: a PaperNotes vault (an export), an Obsidian vault, any folder",
        "of Markdown files, or a BibTeX file (.bib: paper notes created or updated by citation key, DOI, arXiv id). Everything is checked first; then all of it is imported in one step, or nothing.",
        "A note whose id the library has is skipped when unchanged, updated when only its title, topic, tags,",
        "aliases or paper fields changed, and added as a conflict copy when its text differs."})
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "PATH", description = "The folder (or file) to import.")
    Path source;

    @Option(names = "--dry-run", description = "Say what would be added, updated and skipped, and why; write nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = InterchangeFormat.Names.class,
            description = "Format of PATH: ${COMPLETION-CANDIDATES} (default: told from PATH).")
    InterchangeFormat format;

    @Option(names = "--topic", paramLabel = "PATH", description = "BibTeX only: where new notes go (default: Inbox).")
    String topic;

    /// Into a new folder, an import gives a library of exactly what was imported, without the shipped notes.
    @Override
    boolean fillsNewLibrary() {
        return false;
    }

    @Override
    int run(Library library, Output output) {
        var chosen = format != null ? format : InterchangeFormat.of(source);
        long start = System.nanoTime();
        var imported = chosen.importFrom(library, source, dryRun,
                java.util.Optional.ofNullable(topic).map(papernotes.model.TopicPath::parse));
        long millis = (System.nanoTime() - start) / 1_000_000;
        var lines = imported.lines();
        for (int i = 0; i < lines.size() - 1; i++) {
            output.line(lines.get(i));
        }
        imported.warnings().forEach(output::message);
        var last = lines.getLast();
        output.line(last.substring(0, last.length() - 1) + " (" + millis + " ms).");
        return 0;
    }
}
