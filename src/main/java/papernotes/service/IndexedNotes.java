package papernotes.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.markdown.MarkdownText;
import papernotes.model.Note;
import papernotes.model.ReadingStatus;
import papernotes.model.Topic;
import papernotes.model.TopicPath;
import papernotes.search.IndexedNote;
import papernotes.storage.StoreSession;

/// Builds what the index holds of a note: its Markdown as plain text, its headings, and the English and Chinese
/// names of its topic and every topic above it, its reading status, and its meaning vector when one was computed.
final class IndexedNotes {

    private final MarkdownText markdown;
    private final MeaningLookup meanings;

    IndexedNotes(MarkdownText markdown, MeaningLookup meanings) {
        this.markdown = markdown;
        this.meanings = meanings;
    }

    /// A note's Markdown as the plain text the index analyses.
    String plainText(String body) {
        return markdown.plainText(body);
    }

    IndexedNote of(Note note, Map<TopicPath, Topic> topics) {
        var names = topicNames(note.topic(), topics);
        var paths = new ArrayList<String>();
        for (Optional<TopicPath> at = Optional.of(note.topic());
                at.isPresent();
                at = at.get().parent()) {
            paths.add(at.get().toString());
        }
        var meta = new ArrayList<String>();
        note.links().paper().ifPresent(meta::add);
        note.links().code().ifPresent(meta::add);
        note.links().arxiv().ifPresent(meta::add);
        note.links().doi().ifPresent(meta::add);
        note.links().venue().ifPresent(meta::add);
        note.links().year().map(String::valueOf).ifPresent(meta::add);
        note.links().paperTitle().ifPresent(meta::add);
        meta.addAll(note.links().authors());
        note.links().abstractText().ifPresent(meta::add);
        var read = markdown.read(note.body());
        return new IndexedNote(
                        note.id().value(),
                        note.title(),
                        note.aliases(),
                        note.tags(),
                        names,
                        paths,
                        read.headings(),
                        read.text(),
                        String.join("\n", meta),
                        note.updated().toEpochMilli())
                .withMeaning(meanings.vector(note.id()))
                .withLinks(read.links())
                .withStatus(note.reading().status().map(ReadingStatus::key));
    }

    /// The library's topics by path, as [#of] takes them.
    static Map<TopicPath, Topic> topicMap(StoreSession session) {
        var map = new HashMap<TopicPath, Topic>();
        session.topics().listUncounted().forEach(topic -> map.put(topic.path(), topic));
        return map;
    }

    /// The English and Chinese names of `topic` and of every topic above it.
    static List<String> topicNames(TopicPath topic, Map<TopicPath, Topic> topics) {
        var names = new ArrayList<String>();
        for (Optional<TopicPath> at = Optional.of(topic);
                at.isPresent();
                at = at.get().parent()) {
            var path = at.get();
            names.add(path.name());
            var zh = Optional.ofNullable(topics.get(path)).map(Topic::nameZh).orElse("");
            if (!zh.isEmpty() && !zh.equals(path.name())) {
                names.add(zh);
            }
        }
        return names;
    }
}
