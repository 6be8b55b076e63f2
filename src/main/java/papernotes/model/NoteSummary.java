package papernotes.model;

import java.time.Instant;
import java.util.List;

/// What a list of notes shows of each note: everything but the body, the aliases and the paper.
public record NoteSummary(
        NoteId id,
        String title,
        TopicPath topic,
        List<String> tags,
        Reading reading,
        Instant created,
        Instant updated) {

    public NoteSummary {
        tags = List.copyOf(tags);
    }

    /// A note without a reading status or priority.
    public NoteSummary(NoteId id, String title, TopicPath topic, List<String> tags, Instant created, Instant updated) {
        this(id, title, topic, tags, Reading.NONE, created, updated);
    }
}
