package papernotes.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;

@Command(name = "export", description = {"Write the library out. --format markdown (the default) writes a Markdown vault",
        "into PATH, a new or empty folder: a folder per topic, a .md file with YAML front matter per note,",
        "_topic.md per topic and the notes' images in attachments/. Notes in the trash are left out."})
final class ExportCommand extends LibraryCommand {

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = InterchangeFormat.Names.class,
            defaultValue = "markdown", description = "Format to write: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    InterchangeFormat format;

    @Parameters(paramLabel = "PATH", description = "Where to write the export.")
    Path target;

    @Override
    int run(Library library, Output output) {
        long start = System.nanoTime();
        var report = format.export(library, target);
        output.line("Exported " + report.notes() + " notes in " + report.topics() + " topics"
                + (report.attachments() > 0 ? " with " + report.attachments() + " attachments" : "") + " to "
                + report.folder() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        return 0;
    }
}
