package papernotes.cli;

import org.jspecify.annotations.Nullable;
import papernotes.model.InvalidInputException;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        description = {"List the earlier versions of a note, oldest first,", "or print one of them with --revision."})
final class HistoryCommand extends LibraryCommand {

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The note's id (or its first 4+ characters), title or alias.")
    String reference;

    @Option(names = "--json", description = "Print one JSON array of {revision, saved, title, topic, tags, chars}.")
    boolean json;

    @Option(names = "--revision", paramLabel = "N", description = "Print the body of revision N.")
    @Nullable
    Integer revision;

    @Override
    int run(Library library, Output output) {
        var id = library.notes().resolve(reference);
        var revisions = library.history().of(id);
        if (revision != null) {
            var wanted = revisions.stream()
                    .filter(r -> r.number() == revision)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("The note " + id + " has no revision " + revision
                            + (revisions.isEmpty()
                                    ? "; it was never edited."
                                    : " (it has 1 to " + revisions.size() + ").")));
            output.line(wanted.body());
            return 0;
        }
        if (json) {
            output.json(revisions.stream().map(JsonViews::revision).toList());
            return 0;
        }
        if (revisions.isEmpty()) {
            output.message("The note " + id + " has not been edited since it was created.");
        }
        for (var r : revisions) {
            output.line(r.number() + "  " + r.saved() + "  " + r.title() + "  [" + r.topic() + "]  "
                    + r.body().length() + " chars");
        }
        return 0;
    }
}
