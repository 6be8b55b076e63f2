package papernotes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "new",
        description = {
            "Create a note; missing topics are created.",
            "Prints the new note's id as the last line, once it is saved."
        })
final class NewCommand extends LibraryCommand {

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The note's title.")
    String title;

    @Option(
            names = "--topic",
            required = true,
            paramLabel = "PATH",
            description = "Where to file it, e.g. 'Face Swap' or '3D Face Reconstruction / 帝国理工组'.")
    String topic;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeat for more).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--alias", paramLabel = "NAME", description = "Another name of the paper (repeat for more).")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--paper", paramLabel = "URL", description = "Link to the paper.")
    @Nullable
    String paper;

    @Option(names = "--code", paramLabel = "URL", description = "Link to the code.")
    @Nullable
    String code;

    @Option(names = "--arxiv", paramLabel = "ID", description = "The paper's arXiv id or address, e.g. 2106.09685.")
    @Nullable
    String arxiv;

    @Option(names = "--doi", paramLabel = "DOI", description = "The paper's DOI, e.g. 10.1109/CVPR.2016.90.")
    @Nullable
    String doi;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year the paper appeared (1900 to 2100).")
    @Nullable
    String year;

    @Option(names = "--venue", paramLabel = "VENUE", description = "Where the paper appeared, e.g. CVPR.")
    @Nullable
    String venue;

    @Option(
            names = "--body-file",
            paramLabel = "FILE|-",
            description = "Read the Markdown body from FILE, or from standard input with '-'.")
    @Nullable
    String bodyFile;

    @Override
    int run(Library library, Output output) {
        var body = bodyFile == null
                ? ""
                : BodyFile.read(bodyFile, output.terminal().in());
        var links = new PaperLinks(
                Optional.ofNullable(paper),
                Optional.ofNullable(code),
                Optional.ofNullable(arxiv),
                Optional.ofNullable(doi),
                Optional.ofNullable(year).flatMap(PaperLinks::parseYear),
                Optional.ofNullable(venue));
        var draft = new NoteDraft(Optional.empty(), title, TopicPath.parse(topic), tags, aliases, links, body);
        var note = library.notes().create(draft);
        output.line(note.id().value());
        return 0;
    }
}
