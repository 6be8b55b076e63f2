package papernotes.model;

import java.util.List;
import java.util.Optional;

/// An edit to a note: only what is present changes.
public record NoteChanges(
        Optional<String> title,
        Optional<TopicPath> topic,
        Optional<String> body,
        List<String> addTags,
        List<String> removeTags,
        Optional<String> paper,
        Optional<String> code) {

    public NoteChanges {
        title = title.map(Labels::title);
        body = body.map(Bodies::check);
        addTags = Labels.tags(addTags);
        removeTags = Labels.tags(removeTags);
    }

    public static NoteChanges none() {
        return new NoteChanges(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty());
    }

    public NoteChanges withTitle(String newTitle) {
        return new NoteChanges(Optional.of(newTitle), topic, body, addTags, removeTags, paper, code);
    }

    public NoteChanges withTopic(TopicPath newTopic) {
        return new NoteChanges(title, Optional.of(newTopic), body, addTags, removeTags, paper, code);
    }

    public NoteChanges withBody(String newBody) {
        return new NoteChanges(title, topic, Optional.of(newBody), addTags, removeTags, paper, code);
    }

    public NoteChanges withAddedTags(List<String> tags) {
        return new NoteChanges(title, topic, body, tags, removeTags, paper, code);
    }

    public NoteChanges withRemovedTags(List<String> tags) {
        return new NoteChanges(title, topic, body, addTags, tags, paper, code);
    }

    public NoteChanges withPaper(String link) {
        return new NoteChanges(title, topic, body, addTags, removeTags, Optional.of(link), code);
    }

    public NoteChanges withCode(String link) {
        return new NoteChanges(title, topic, body, addTags, removeTags, paper, Optional.of(link));
    }
}
