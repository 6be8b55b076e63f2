package papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.AuthorList;
import papernotes.model.Failures;
import papernotes.model.Note;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.Reading;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import papernotes.service.PaperCapture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "new",
        description = {
            "Create a note; missing topics are created. With --from, the note is made from a paper that arXiv,",
            "Crossref or doi.org knows, in Inbox unless --topic says otherwise.",
            "Prints the new note's id as the last line, once it is saved."
        })
final class NewCommand extends LibraryCommand {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "ID|DOI|URL|TITLE|PDF",
            description = {
                "Make the note from a paper: an arXiv id or address, a DOI, the paper's page (OpenReview, ACL",
                "Anthology, CVF) or its title. Its title, authors, year, venue, abstract, arXiv id and DOI are filled in.",
                "A PDF file is attached to the note, and the paper it names (arXiv's stamp, a DOI, its title) looked up."
            })
    @Nullable
    String from;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The note's title (with --from: a short one, the paper keeping its full title).")
    @Nullable
    String title;

    @Option(
            names = "--topic",
            paramLabel = "PATH",
            description =
                    "Where to file it, e.g. 'Face Swap' or '3D Face Reconstruction / 帝国理工组' (with --from: Inbox).")
    @Nullable
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
            names = "--status",
            paramLabel = "STATUS",
            description = "The reading status: to-read, reading or read (with --from: to-read unless '' is given).")
    @Nullable
    String status;

    @Option(names = "--priority", paramLabel = "1|2|3", description = "The reading priority, 1 (high) to 3 (low).")
    @Nullable
    String priority;

    @Option(
            names = "--pdf",
            description = "With --from: also download the paper's PDF (arXiv's) and attach it, its pages searchable.")
    boolean pdf;

    @Option(names = "--paper-title", paramLabel = "TITLE", description = "The paper's full title as it appeared.")
    @Nullable
    String paperTitle;

    @Option(
            names = "--authors",
            paramLabel = "NAMES",
            description = "The authors in order, separated by ';' (\"Kaiming He; Zhang, Xiangyu\").")
    @Nullable
    String authors;

    @Option(names = "--abstract", paramLabel = "TEXT", description = "The paper's abstract.")
    @Nullable
    String abstractText;

    @Option(
            names = "--body-file",
            paramLabel = "FILE|-",
            description = "Read the Markdown body from FILE, or from standard input with '-'.")
    @Nullable
    String bodyFile;

    @Override
    Optional<Integer> beforeOpening(Output output) {
        if (from == null && title == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--title=TITLE'");
        }
        if (from == null && topic == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--topic=PATH'");
        }
        return Optional.empty();
    }

    /// The status and priority given, over `given`: what the note starts with otherwise.
    private Reading reading(Reading given) {
        var changes = NoteChanges.none();
        if (status != null) {
            changes = changes.withStatus(status);
        }
        if (priority != null) {
            changes = changes.withPriority(priority);
        }
        return changes.applyTo(given);
    }

    @Override
    int run(Library library, Output output) {
        if (from != null) {
            return capture(library, output, from);
        }
        var body = bodyFile == null
                ? ""
                : BodyFile.read(bodyFile, output.terminal().in());
        var links = new PaperLinks(
                        Optional.ofNullable(paper),
                        Optional.ofNullable(code),
                        Optional.ofNullable(arxiv),
                        Optional.ofNullable(doi),
                        Optional.ofNullable(year).flatMap(PaperLinks::parseYear),
                        Optional.ofNullable(venue))
                .withPaperTitle(Optional.ofNullable(paperTitle))
                .withAuthors(AuthorList.parse(Objects.requireNonNullElse(authors, "")))
                .withAbstract(Optional.ofNullable(abstractText));
        var draft = new NoteDraft(
                Optional.empty(),
                Objects.requireNonNull(title),
                TopicPath.parse(Objects.requireNonNull(topic)),
                tags,
                aliases,
                links,
                reading(Reading.NONE),
                body);
        var note = library.notes().create(draft);
        output.line(note.id().value());
        return 0;
    }

    private int capture(Library library, Output output, String reference) {
        var file = Path.of(reference);
        if (reference.toLowerCase(Locale.ROOT).endsWith(".pdf") && Files.isRegularFile(file)) {
            return capturePdf(library, output, file);
        }
        var captured = library.capture()
                .capture(
                        reference,
                        Optional.ofNullable(topic).map(TopicPath::parse),
                        Optional.ofNullable(title),
                        tags,
                        reading(PaperCapture.READING));
        var paper = captured.paper();
        var note = captured.note();
        output.line(paper.title() + paper.year().map(year -> " (" + year + ")").orElse(""));
        if (!paper.authors().isEmpty()) {
            output.line(String.join(", ", paper.authors()));
        }
        output.line(
                captured.existed()
                        ? "The library already has a note about this paper: " + note.title() + " (" + note.topic()
                                + ")."
                        : "Saved in " + note.topic() + ".");
        if (pdf) {
            attachPdf(library, output, note);
        }
        output.line(note.id().value());
        return 0;
    }

    /// Downloads the paper's PDF and attaches it; a failure is one sentence, the note kept.
    private static void attachPdf(Library library, Output output, Note note) {
        try {
            var attached = library.paperPdfs().fetch(note);
            output.line(attached.file().fileName() + " attached" + AttachCommand.describe(attached.text()));
        } catch (PaperNotesException e) {
            output.message(Failures.message(e) + " The note was saved without it.");
        }
    }

    private int capturePdf(Library library, Output output, Path file) {
        var captured =
                library.pdfCapture().capture(file, Optional.ofNullable(topic).map(TopicPath::parse));
        var note = captured.note();
        captured.problem().ifPresent(output::message);
        output.line(note.links().paperTitle().orElse(note.title())
                + note.links().year().map(year -> " (" + year + ")").orElse(""));
        if (!note.links().authors().isEmpty()) {
            output.line(String.join(", ", note.links().authors()));
        }
        output.line((captured.existed()
                        ? "The library already has a note about this paper: " + note.title() + " (" + note.topic()
                                + "); "
                        : "Saved in " + note.topic() + "; ")
                + file.getFileName() + " attached"
                + AttachCommand.describe(captured.pdf().text()));
        output.line(note.id().value());
        return 0;
    }
}
