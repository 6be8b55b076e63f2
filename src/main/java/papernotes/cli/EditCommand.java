package papernotes.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import papernotes.model.AuthorList;
import papernotes.model.NoteChanges;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "edit",
        description = {
            "Change a note; the version it replaces is kept in its history. With --fetch, fill the paper fields the",
            "note lacks from arXiv, Crossref or doi.org (found by its arXiv id, DOI, paper link or title)."
        })
final class EditCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Option(names = "--title", paramLabel = "TITLE", description = "New title.")
    @Nullable
    String title;

    @Option(names = "--topic", paramLabel = "PATH", description = "Move to this topic (created if missing).")
    @Nullable
    String topic;

    @Option(
            names = "--body-file",
            paramLabel = "FILE|-",
            description = "Replace the body with FILE, or standard input with '-'.")
    @Nullable
    String bodyFile;

    @Option(names = "--add-tag", paramLabel = "TAG", description = "Add a tag (repeat for more).")
    List<String> addTags = new ArrayList<>();

    @Option(names = "--remove-tag", paramLabel = "TAG", description = "Remove a tag (repeat for more).")
    List<String> removeTags = new ArrayList<>();

    @Option(names = "--paper", paramLabel = "URL", description = "Set the paper link ('' removes it).")
    @Nullable
    String paper;

    @Option(names = "--code", paramLabel = "URL", description = "Set the code link ('' removes it).")
    @Nullable
    String code;

    @Option(names = "--arxiv", paramLabel = "ID", description = "Set the arXiv id or address ('' removes it).")
    @Nullable
    String arxiv;

    @Option(names = "--doi", paramLabel = "DOI", description = "Set the DOI ('' removes it).")
    @Nullable
    String doi;

    @Option(names = "--year", paramLabel = "YEAR", description = "Set the year the paper appeared ('' removes it).")
    @Nullable
    String year;

    @Option(names = "--venue", paramLabel = "VENUE", description = "Set where the paper appeared ('' removes it).")
    @Nullable
    String venue;

    @Option(
            names = "--paper-title",
            paramLabel = "TITLE",
            description = "Set the paper's full title as it appeared ('' removes it).")
    @Nullable
    String paperTitle;

    @Option(
            names = "--authors",
            paramLabel = "NAMES",
            description =
                    "Set the authors in order, separated by ';' (\"Kaiming He; Zhang, Xiangyu\"; '' removes them).")
    @Nullable
    String authors;

    @Option(names = "--abstract", paramLabel = "TEXT", description = "Set the paper's abstract ('' removes it).")
    @Nullable
    String abstractText;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Set the reading status: to-read, reading or read ('' removes it).")
    @Nullable
    String status;

    @Option(
            names = "--priority",
            paramLabel = "1|2|3",
            description = "Set the reading priority, 1 (high) to 3 (low) ('' removes it).")
    @Nullable
    String priority;

    @Option(
            names = "--fetch",
            description = "Fill the paper's missing fields (title, authors, year, venue, abstract, ids) from the web.")
    boolean fetch;

    @Option(names = "--dry-run", description = "With --fetch: say what would be filled, and write nothing.")
    boolean dryRun;

    @Override
    int run(Library library, Output output) {
        if (fetch) {
            return fetch(library, output);
        }
        var changes = NoteChanges.none().withAddedTags(addTags).withRemovedTags(removeTags);
        if (title != null) {
            changes = changes.withTitle(title);
        }
        if (topic != null) {
            changes = changes.withTopic(TopicPath.parse(topic));
        }
        if (bodyFile != null) {
            changes = changes.withBody(BodyFile.read(bodyFile, output.terminal().in()));
        }
        if (paper != null) {
            changes = changes.withPaper(paper);
        }
        if (code != null) {
            changes = changes.withCode(code);
        }
        if (arxiv != null) {
            changes = changes.withArxiv(arxiv);
        }
        if (doi != null) {
            changes = changes.withDoi(doi);
        }
        if (year != null) {
            changes = changes.withYear(year);
        }
        if (venue != null) {
            changes = changes.withVenue(venue);
        }
        if (paperTitle != null) {
            changes = changes.withPaperTitle(paperTitle);
        }
        if (authors != null) {
            changes = changes.withAuthors(AuthorList.parse(authors));
        }
        if (abstractText != null) {
            changes = changes.withAbstract(abstractText);
        }
        if (status != null) {
            changes = changes.withStatus(status);
        }
        if (priority != null) {
            changes = changes.withPriority(priority);
        }
        var id = library.notes().resolve(reference);
        var outcome = library.notes().edit(id, changes);
        if (outcome.changed()) {
            output.line("Saved " + id + " (" + outcome.note().title() + "); revision "
                    + outcome.revision().orElseThrow() + " keeps the previous version.");
        } else {
            output.line("No changes to " + id + " (" + outcome.note().title() + ").");
        }
        return 0;
    }

    private int fetch(Library library, Output output) {
        var id = library.notes().resolve(reference);
        var filled = library.capture().fill(id, !dryRun);
        var note = filled.note();
        if (filled.fields().isEmpty()) {
            output.line("Nothing to fill in " + id + " (" + note.title() + "): it has every field the services know.");
            return 0;
        }
        output.line((dryRun ? "Would fill in " : "Filled in ") + id + " (" + note.title() + "):");
        filled.fields().forEach(field -> output.line("  " + field));
        return 0;
    }
}
