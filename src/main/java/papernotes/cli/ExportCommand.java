package papernotes.cli;

import java.nio.file.Path;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "export",
        description = {
            "Write the library out. --format markdown (the default) writes a Markdown vault",
            "into PATH, a new or empty folder: a folder per topic, a .md file with YAML front matter per note,",
            "_topic.md per topic, and in attachments/ the notes' images and attached files (listed under 'files')",
            "(notes in the trash are left out). --format json writes the whole library (trash, revisions, attached",
            "files, attachments) as one zip to PATH;",
            "--format bibtex writes an entry per paper note to PATH."
        })
final class ExportCommand extends LibraryCommand {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            completionCandidates = InterchangeFormat.Names.class,
            defaultValue = "markdown",
            description = "Format to write: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    InterchangeFormat format;

    @Parameters(paramLabel = "PATH", description = "Where to write the export.")
    Path target;

    @Override
    int run(Library library, Output output) {
        long start = System.nanoTime();
        var sentence = format.export(library, target);
        output.line(sentence + " in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        return 0;
    }
}
