package papernotes.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.NoteFilter;
import papernotes.model.NoteOrder;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List notes, by topic then title (or as --sort says).")
final class ListCommand extends LibraryCommand {

    @Option(
            names = "--topic",
            paramLabel = "PATH",
            description = "Only notes in this topic or below it, e.g. '3D Face Reconstruction / 帝国理工组'.")
    @Nullable
    String topic;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    @Nullable
    String tag;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "Only notes with this reading status: to-read, reading or read.")
    @Nullable
    String status;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            description = {
                "topic (the default: the topic tree, then title), title, updated or created (latest first), or",
                "priority (high first, then to read, reading, read; notes without come last)."
            })
    NoteOrder sort = NoteOrder.TOPIC;

    @Option(
            names = "--json",
            description = "Print one JSON array of {id, title, topic, tags, status, priority, created, updated}.")
    boolean json;

    @Override
    int run(Library library, Output output) {
        var filter = new NoteFilter(
                Optional.ofNullable(topic).map(TopicPath::parse),
                Optional.ofNullable(tag),
                Optional.ofNullable(status).flatMap(ReadingStatus::parse));
        var notes = library.notes().list(filter, sort);
        if (json) {
            output.json(notes.stream().map(JsonViews::summary).toList());
        } else {
            notes.forEach(note -> output.line(TextViews.summary(note)));
        }
        return 0;
    }
}
