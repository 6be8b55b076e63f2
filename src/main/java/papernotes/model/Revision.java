package papernotes.model;

import java.time.Instant;
import java.util.List;

/// A version of a note as it was before a save replaced it. Numbered from 1, oldest first.
public record Revision(
        NoteId noteId, int number, String title, TopicPath topic, List<String> tags, String body, Instant saved) {

    public Revision {
        tags = List.copyOf(tags);
    }
}
