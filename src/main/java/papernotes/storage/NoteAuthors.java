package papernotes.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import papernotes.model.NoteId;

/// The authors of the paper each note is about, in order (`note_authors`, schema V009).
final class NoteAuthors {

    private final Sql sql;

    NoteAuthors(Sql sql) {
        this.sql = sql;
    }

    void set(NoteId id, List<String> authors) {
        sql.update("DELETE FROM note_authors WHERE note_id = ?", id.value());
        for (int i = 0; i < authors.size(); i++) {
            sql.update(
                    "INSERT INTO note_authors (note_id, position, name) VALUES (?, ?, ?)",
                    id.value(),
                    i,
                    authors.get(i));
        }
    }

    List<String> of(NoteId id) {
        return sql.query(
                "SELECT name FROM note_authors WHERE note_id = ? ORDER BY position", r -> r.getString(1), id.value());
    }

    /// Every note's authors, by note id.
    Map<String, List<String>> all() {
        var result = new HashMap<String, List<String>>();
        sql.forEach(
                "SELECT note_id, name FROM note_authors ORDER BY note_id, position",
                r -> result.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(r.getString(2)));
        return result;
    }
}
