package papernotes.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.model.NoteId;
import papernotes.model.TagCount;

/// Tags and which notes carry them. A tag exists while at least one note (in the library or the trash) has it.
public final class TagRepository {

    private final Sql sql;

    TagRepository(Sql sql) {
        this.sql = sql;
    }

    /// Replaces the tags of a note, in the given order. A tag that matches an existing one ignoring case is that
    /// tag; a tag no note carries any more is removed.
    public void set(NoteId note, List<String> tags) {
        sql.update("DELETE FROM note_tags WHERE note_id = ?", note.value());
        int position = 0;
        for (String tag : tags) {
            long tagId = sql.queryOne("SELECT id FROM tags WHERE name = ?", r -> r.getLong(1), tag)
                    .orElseGet(() -> sql.insert("INSERT INTO tags (name) VALUES (?)", tag));
            sql.update(
                    "INSERT OR IGNORE INTO note_tags (note_id, tag_id, position) VALUES (?, ?, ?)",
                    note.value(),
                    tagId,
                    position++);
        }
        removeUnused();
    }

    /// Deletes the tags no note carries any more.
    public void removeUnused() {
        sql.update("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM note_tags)");
    }

    /// The tag called `name` (ignoring case), spelled as stored.
    public Optional<String> find(String name) {
        return sql.queryOne("SELECT name FROM tags WHERE name = ?", r -> r.getString(1), name);
    }

    /// Spells the tag called `name` (ignoring case) exactly `name`. Returns whether its spelling changed.
    public boolean respell(String name) {
        return sql.update("UPDATE tags SET name = ? WHERE name = ? AND name COLLATE BINARY <> ?", name, name, name)
                == 1;
    }

    /// The tags of every note (in the library or the trash) that carries any of `names` (ignoring case), by note,
    /// each list in the note's order.
    public Map<NoteId, List<String>> carrying(Collection<String> names) {
        var result = new LinkedHashMap<NoteId, List<String>>();
        if (names.isEmpty()) {
            return result;
        }
        var ids = sql.query(
                "SELECT DISTINCT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE t.name IN ("
                        + "?,".repeat(names.size() - 1) + "?) ORDER BY nt.note_id",
                r -> new NoteId(r.getString(1)),
                names.toArray());
        ids.forEach(id -> result.put(id, of(id)));
        return result;
    }

    public List<String> of(NoteId note) {
        return sql.query("""
                SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                WHERE nt.note_id = ? ORDER BY nt.position""", r -> r.getString(1), note.value());
    }

    /// The tags of every note, by note id, each list in the note's order.
    public Map<String, List<String>> byNote() {
        return byNoteOf("SELECT nt.note_id, nt.tag_id FROM note_tags nt ORDER BY nt.note_id, nt.position");
    }

    /// The tags of the notes that the query `noteIds` (with `params`) selects, by note id, each in the note's order.
    Map<String, List<String>> byNote(String noteIds, Object... params) {
        return byNoteOf("""
                SELECT nt.note_id, nt.tag_id FROM note_tags nt
                WHERE nt.note_id IN (%s) ORDER BY nt.note_id, nt.position""".formatted(noteIds), params);
    }

    /// Reads (note id, tag id) rows; each tag's name is read once and shared by every note that carries it (at
    /// 100,000 notes, a quarter of a million names fewer to decode and keep).
    private Map<String, List<String>> byNoteOf(String query, Object... params) {
        var names = new HashMap<Long, String>();
        sql.query("SELECT id, name FROM tags", r -> names.put(r.getLong(1), r.getString(2)));
        var result = new HashMap<String, List<String>>();
        sql.forEach(
                query,
                r -> {
                    result.computeIfAbsent(r.getString(1), k -> new ArrayList<>(2))
                            .add(names.get(r.getLong(2)));
                },
                params);
        return result;
    }

    /// Tags on notes outside the trash, with their counts, most used first, then by name. Counted over the tag
    /// index, leaving out the notes in the trash (few), rather than looking up every tagged note (several times
    /// faster in a large library).
    public List<TagCount> counts() {
        return sql.query("""
                SELECT t.name, c.uses FROM tags t JOIN (
                    SELECT nt.tag_id, count(*) AS uses FROM note_tags nt
                    WHERE nt.note_id NOT IN (SELECT id FROM notes WHERE trashed IS NOT NULL)
                    GROUP BY nt.tag_id) c ON c.tag_id = t.id
                ORDER BY c.uses DESC, t.name COLLATE NOCASE""", r -> new TagCount(r.getString(1), r.getInt(2)));
    }
}
