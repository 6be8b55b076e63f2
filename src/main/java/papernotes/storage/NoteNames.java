package papernotes.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import papernotes.model.NoteId;

/// What notes are called: the notes a title, an alias or the start of an id names (as `[[name]]` links and the
/// command line name them), and the aliases of notes.
public final class NoteNames {

    private final Sql sql;

    NoteNames(Sql sql) {
        this.sql = sql;
    }

    /// Ids of notes outside the trash whose title or alias is `name`, ignoring ASCII case, as `[[name]]` is resolved.
    public List<NoteId> liveWithName(String name) {
        return sql.query("""
                SELECT id FROM notes WHERE trashed IS NULL AND title = ? COLLATE NOCASE
                UNION SELECT a.note_id FROM note_aliases a JOIN notes n ON n.id = a.note_id
                WHERE n.trashed IS NULL AND a.alias = ? COLLATE NOCASE ORDER BY 1""", r -> new NoteId(r.getString(1)), name.strip(), name.strip());
    }

    /// Ids of notes (in the library or the trash) whose title or alias is `title`, ignoring ASCII case.
    public List<NoteId> withTitle(String title) {
        return sql.query("""
                SELECT id FROM notes WHERE title = ? COLLATE NOCASE
                UNION SELECT note_id FROM note_aliases WHERE alias = ? COLLATE NOCASE ORDER BY 1""", r -> new NoteId(r.getString(1)), title, title);
    }

    /// Ids of notes whose id starts with `prefix`.
    public List<NoteId> withIdPrefix(String prefix) {
        return sql.query(
                "SELECT id FROM notes WHERE substr(id, 1, ?) = ? ORDER BY id",
                r -> new NoteId(r.getString(1)),
                prefix.length(),
                prefix);
    }

    /// The aliases of every note outside the trash, by note, each list in the note's order.
    public Map<NoteId, List<String>> liveAliases() {
        var result = new HashMap<NoteId, List<String>>();
        sql.forEach("""
                SELECT a.note_id, a.alias FROM note_aliases a JOIN notes n ON n.id = a.note_id
                WHERE n.trashed IS NULL ORDER BY a.note_id, a.position""", r -> {
            result.computeIfAbsent(new NoteId(r.getString(1)), k -> new ArrayList<>())
                    .add(r.getString(2));
        });
        return result;
    }

    /// The aliases of each note of `ids` outside the trash, each list in the note's order (a note without aliases is
    /// left out).
    public Map<NoteId, List<String>> liveAliases(Collection<NoteId> ids) {
        var result = new HashMap<NoteId, List<String>>();
        for (var slice : Sql.batches(ids)) {
            sql.forEach(
                    "SELECT a.note_id, a.alias FROM note_aliases a JOIN notes n ON n.id = a.note_id WHERE n.trashed IS NULL"
                            + " AND a.note_id IN (" + Sql.placeholders(slice) + ") ORDER BY a.note_id, a.position",
                    r -> {
                        result.computeIfAbsent(new NoteId(r.getString(1)), k -> new ArrayList<>())
                                .add(r.getString(2));
                    },
                    slice.stream().map(NoteId::value).toArray());
        }
        return result;
    }
}
