package papernotes.model;

/// A topic to create or update, with its display name, text and position among its siblings.
public record TopicDraft(TopicPath path, String nameZh, String description, int position) {

    public TopicDraft {
        nameZh = nameZh.strip();
        description = Bodies.check(description);
    }

    public static TopicDraft named(TopicPath path) {
        return new TopicDraft(path, "", "", Integer.MAX_VALUE);
    }
}
