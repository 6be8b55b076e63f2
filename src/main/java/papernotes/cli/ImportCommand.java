package papernotes.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.TopicPath;
import papernotes.service.ImportMode;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = {
            "Import notes: a PaperNotes vault (an export), an Obsidian vault, any folder",
            "of Markdown files (Typora's too), a BibTeX file (.bib: paper notes created or updated by citation key, DOI,",
            "arXiv id), or a JSON backup (told by its content; restored into a new, empty library as import-json does).",
            "A problem in one file (an image outside the folder, front matter that is not YAML, a file in GBK) is a",
            "warning naming the file and line, and the rest is imported; the whole import is written in one step.",
            "A note whose id the library has is skipped when unchanged, updated when only its title, topic, tags,",
            "aliases, paper fields or files changed, and added as a conflict copy when its text differs. The files",
            "notes list under 'files' are copied in and attached, and the text of the PDFs imported is read."
        })
final class ImportCommand extends LibraryCommand {

    @Parameters(paramLabel = "PATH", description = "The folder (or file) to import.")
    Path source;

    @Option(
            names = "--dry-run",
            description = "Say what would be added, updated and skipped, and why, with every warning; write nothing.")
    boolean dryRun;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            completionCandidates = InterchangeFormat.Names.class,
            description = "Format of PATH: ${COMPLETION-CANDIDATES} (default: told from PATH).")
    @Nullable
    InterchangeFormat format;

    @Option(
            names = "--topic",
            paramLabel = "PATH",
            description =
                    "File the notes under this topic (Markdown: the folder's"
                            + " top there, its folders below it; BibTeX: new notes; default: the folder's name, or Inbox for BibTeX).")
    @Nullable
    String topic;

    @Option(
            names = "--strict",
            description = "Refuse the whole import at the first problem in any file (all or nothing).")
    boolean strict;

    @Option(
            names = "--json",
            description =
                    "Print one JSON document: {source, format, dryRun, added, updated, skipped,"
                            + " conflicts, attachments, pdfsRead, newTopics, warningsByKind, notes: [...], warnings: [{kind, file, line, text}]}.")
    boolean json;

    /// Into a new folder, an import gives a library of exactly what was imported, without the shipped notes.
    @Override
    boolean fillsNewLibrary() {
        return false;
    }

    /// A JSON backup is restored into the library folder, which must be new or empty, before any library is opened
    /// there (as `import-json`).
    @Override
    Optional<Integer> beforeOpening(Output output) {
        var chosen = format != null ? format : InterchangeFormat.of(source);
        if (chosen != InterchangeFormat.JSON) {
            return Optional.empty();
        }
        var folder = root.folder();
        var result = folder.importJson(source, dryRun ? ImportMode.DRY_RUN : ImportMode.APPLY);
        int read = ImportJsonCommand.readPdfs(root, result);
        if (json) {
            var map = new LinkedHashMap<String, Object>();
            map.put("source", source.toString());
            map.put("format", "json");
            map.put("dryRun", dryRun);
            map.put("added", result.notes());
            map.put("trashed", result.trashed());
            map.put("topics", result.topics());
            map.put("revisions", result.revisions());
            map.put("attachments", result.attachments());
            map.put("pdfsRead", read);
            output.json(map);
        } else {
            output.line("PaperNotes backup " + source + ": " + (dryRun ? "would add " : "added ") + result.notes()
                    + " notes (" + result.trashed() + " in the trash), " + result.topics() + " topics, "
                    + result.revisions() + " revisions and " + result.attachments() + " attachments"
                    + (dryRun
                            ? "; nothing was written."
                            : " to " + folder.dataDir() + ImportJsonCommand.readText(read) + "."));
        }
        return Optional.of(0);
    }

    @Override
    int run(Library library, Output output) {
        var chosen = format != null ? format : InterchangeFormat.of(source);
        long start = System.nanoTime();
        var request =
                new InterchangeFormat.Request(dryRun, Optional.ofNullable(topic).map(TopicPath::parse), strict);
        var imported = chosen.importFrom(library, source, request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (json) {
            var map = new LinkedHashMap<>(imported.json());
            map.put("tookMs", millis);
            output.json(map);
            return 0;
        }
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
