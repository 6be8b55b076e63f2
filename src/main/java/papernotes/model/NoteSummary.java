package papernotes.model;

import java.time.Instant;
import java.util.List;

/// What a list of notes shows of each note: everything but the body.
public record NoteSummary(
        NoteId id, String title, TopicPath topic, List<String> tags, Instant created, Instant updated) {

    public NoteSummary {
        tags = List.copyOf(tags);
    }
}
