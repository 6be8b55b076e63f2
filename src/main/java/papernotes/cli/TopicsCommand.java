package papernotes.cli;

import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "topics", description = "Print the topic tree with note counts.")
final class TopicsCommand extends LibraryCommand {

    @Option(
            names = "--json",
            description =
                    "Print one JSON array of {path, name, nameZh, parent, depth, notes, description}, in tree order.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var topics = library.topics().list();
        if (json) {
            output.json(topics.stream().map(JsonViews::topic).toList());
            return 0;
        }
        for (var topic : topics) {
            var zh = topic.nameZh().isEmpty()
                            || topic.nameZh().equals(topic.path().name())
                    ? ""
                    : "  " + topic.nameZh();
            output.line(
                    "  ".repeat(topic.path().depth() - 1) + topic.path().name() + zh + "  (" + topic.noteCount() + ")");
        }
        return 0;
    }
}
