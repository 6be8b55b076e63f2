package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "trash", description = "List the notes in the trash, most recently deleted first.")
final class TrashCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description = "Print one JSON array of {id, title, topic, tags, created, updated, trashed}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var trashed = library.notes().trashed();
        if (json) {
            output.json(trashed.stream().map(JsonViews::trashed).toList());
        } else {
            trashed.forEach(
                    entry -> output.line(TextViews.summary(entry.note()) + "  (deleted " + entry.trashed() + ")"));
        }
        return 0;
    }
}
