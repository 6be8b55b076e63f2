package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tags", description = "Print the tags in use with how many notes carry each, most used first.")
final class TagsCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print one JSON array of {name, count}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var tags = library.tags().list();
        if (json) {
            output.json(tags.stream().map(JsonViews::tag).toList());
        } else {
            tags.forEach(tag -> output.line(tag.name() + "  " + tag.notes()));
        }
        return 0;
    }
}
