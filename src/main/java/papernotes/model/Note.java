package papernotes.model;

import java.time.Instant;
import java.util.List;

/// A paper note as stored: its Markdown body, where it is filed, what the paper is and whether it is to be read.
public record Note(
        NoteId id,
        String title,
        TopicPath topic,
        List<String> tags,
        List<String> aliases,
        PaperLinks links,
        Reading reading,
        String body,
        Instant created,
        Instant updated) {

    public Note {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    /// A note without a reading status or priority.
    public Note(
            NoteId id,
            String title,
            TopicPath topic,
            List<String> tags,
            List<String> aliases,
            PaperLinks links,
            String body,
            Instant created,
            Instant updated) {
        this(id, title, topic, tags, aliases, links, Reading.NONE, body, created, updated);
    }

    public NoteSummary summary() {
        return new NoteSummary(id, title, topic, tags, reading, created, updated);
    }
}
