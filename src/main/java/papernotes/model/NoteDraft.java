package papernotes.model;

import java.util.List;
import java.util.Optional;

/// A note about to be created. The id is given only when a note keeps the id it had elsewhere (shipped notes,
/// imports); otherwise the library draws one.
public record NoteDraft(
        Optional<NoteId> id,
        String title,
        TopicPath topic,
        List<String> tags,
        List<String> aliases,
        PaperLinks links,
        Reading reading,
        String body) {

    public NoteDraft {
        title = Labels.title(title);
        tags = Labels.tags(tags);
        aliases = Labels.aliases(aliases);
        body = Bodies.check(body);
    }

    /// A note to create without a reading status or priority.
    public NoteDraft(
            Optional<NoteId> id,
            String title,
            TopicPath topic,
            List<String> tags,
            List<String> aliases,
            PaperLinks links,
            String body) {
        this(id, title, topic, tags, aliases, links, Reading.NONE, body);
    }

    public static NoteDraft of(String title, TopicPath topic, String body) {
        return new NoteDraft(Optional.empty(), title, topic, List.of(), List.of(), PaperLinks.NONE, body);
    }

    /// The same draft with `newReading`.
    public NoteDraft withReading(Reading newReading) {
        return new NoteDraft(id, title, topic, tags, aliases, links, newReading, body);
    }
}
