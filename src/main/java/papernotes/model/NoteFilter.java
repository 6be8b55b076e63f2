package papernotes.model;

import java.util.Optional;

/// Which notes a list shows: those in a topic (and its sub-topics) and/or with a tag.
public record NoteFilter(Optional<TopicPath> topic, Optional<String> tag) {

    public static final NoteFilter ALL = new NoteFilter(Optional.empty(), Optional.empty());

    public NoteFilter {
        tag = tag.map(Labels::tag);
    }
}
