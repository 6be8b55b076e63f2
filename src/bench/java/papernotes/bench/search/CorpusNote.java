package papernotes.bench.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;

/// A generated paper note.
public record CorpusNote(
        NoteId id, String title, TopicPath topic, List<String> tags, String body, Instant created, Instant updated) {

    public CorpusNote {
        tags = List.copyOf(tags);
    }

    /// Bytes of UTF-8 text in the title and body.
    public long textBytes() {
        return title.getBytes(StandardCharsets.UTF_8).length + body.getBytes(StandardCharsets.UTF_8).length;
    }
}
