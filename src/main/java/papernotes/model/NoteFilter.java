package papernotes.model;

import java.util.Optional;

/// Which notes a list shows: those in a topic (and its sub-topics), with a tag and/or with a reading status.
public record NoteFilter(Optional<TopicPath> topic, Optional<String> tag, Optional<ReadingStatus> status) {

    public static final NoteFilter ALL = new NoteFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public NoteFilter {
        tag = tag.map(Labels::tag);
    }

    /// Notes of a topic and/or a tag, whatever their reading status.
    public NoteFilter(Optional<TopicPath> topic, Optional<String> tag) {
        this(topic, tag, Optional.empty());
    }

    /// Whether the filter leaves any note out.
    public boolean narrows() {
        return topic.isPresent() || tag.isPresent() || status.isPresent();
    }
}
