package papernotes.model;

import java.time.Instant;
import java.util.List;

/// A paper note as stored: its Markdown body, where it is filed and what the paper is.
public record Note(
        NoteId id,
        String title,
        TopicPath topic,
        List<String> tags,
        List<String> aliases,
        PaperLinks links,
        String body,
        Instant created,
        Instant updated) {

    public Note {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    public NoteSummary summary() {
        return new NoteSummary(id, title, topic, tags, created, updated);
    }
}
