package papernotes.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import papernotes.model.GlossaryEntry;
import papernotes.model.Note;
import papernotes.model.NoteSummary;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.Revision;
import papernotes.model.TagCount;
import papernotes.model.Topic;
import papernotes.model.TrashedNote;

/// The JSON shapes of the command line. They are a contract scripts rely on: add keys, never rename or drop them.
final class JsonViews {

    private JsonViews() {}

    static Map<String, Object> summary(NoteSummary note) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", note.id().value());
        map.put("title", note.title());
        map.put("topic", note.topic().toString());
        map.put("tags", note.tags());
        map.put("status", note.reading().status().map(ReadingStatus::key).orElse(null));
        map.put(
                "priority",
                note.reading().priority().map(ReadingPriority::level).orElse(null));
        map.put("created", note.created().toString());
        map.put("updated", note.updated().toString());
        return map;
    }

    static Map<String, Object> note(Note note, boolean trashed) {
        var map = summary(note.summary());
        map.put("aliases", note.aliases());
        map.put("paper", note.links().paper().orElse(null));
        map.put("code", note.links().code().orElse(null));
        map.put("arxiv", note.links().arxiv().orElse(null));
        map.put("doi", note.links().doi().orElse(null));
        map.put("year", note.links().year().orElse(null));
        map.put("venue", note.links().venue().orElse(null));
        map.put("paperTitle", note.links().paperTitle().orElse(null));
        map.put("authors", note.links().authors());
        map.put("abstract", note.links().abstractText().orElse(null));
        map.put("trashed", trashed);
        map.put("body", note.body());
        return map;
    }

    static Map<String, Object> trashed(TrashedNote entry) {
        var map = summary(entry.note());
        map.put("trashed", entry.trashed().toString());
        return map;
    }

    static Map<String, Object> topic(Topic topic) {
        var map = new LinkedHashMap<String, Object>();
        map.put("path", topic.path().toString());
        map.put("name", topic.path().name());
        map.put("nameZh", topic.nameZh());
        map.put("parent", topic.path().parent().map(Object::toString).orElse(null));
        map.put("depth", topic.path().depth());
        map.put("notes", topic.noteCount());
        map.put("description", topic.description());
        return map;
    }

    static Map<String, Object> glossaryEntry(GlossaryEntry entry) {
        var map = new LinkedHashMap<String, Object>();
        map.put("terms", entry.terms());
        map.put("topic", entry.topic());
        return map;
    }

    static Map<String, Object> tag(TagCount tag) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", tag.name());
        map.put("count", tag.notes());
        return map;
    }

    static Map<String, Object> revision(Revision revision) {
        var map = new LinkedHashMap<String, Object>();
        map.put("revision", revision.number());
        map.put("saved", revision.saved().toString());
        map.put("title", revision.title());
        map.put("topic", revision.topic().toString());
        map.put("tags", revision.tags());
        map.put("chars", revision.body().length());
        return map;
    }
}
