package papernotes.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.Revision;
import papernotes.model.TopicPath;

/// Earlier versions of notes. Each save adds the version it replaces, numbered from 1, oldest first.
public final class RevisionRepository {

    private final Sql sql;

    RevisionRepository(Sql sql) {
        this.sql = sql;
    }

    /// Keeps `previous`, the note as it was before a save, as its next revision. Returns its number.
    public int keep(Note previous) {
        int number = sql.queryOne(
                        "SELECT ifnull(max(number), 0) + 1 FROM revisions WHERE note_id = ?",
                        r -> r.getInt(1),
                        previous.id().value())
                .orElse(1);
        sql.update(
                """
                INSERT INTO revisions (note_id, number, title, topic, tags, body, saved)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                previous.id().value(),
                number,
                previous.title(),
                previous.topic().toString(),
                String.join("\n", previous.tags()),
                previous.body(),
                previous.updated());
        return number;
    }

    /// The number of a note's newest revision, when it has one.
    public Optional<Integer> newest(NoteId id) {
        return sql.queryOne(
                "SELECT number FROM revisions WHERE note_id = ? ORDER BY number DESC LIMIT 1",
                r -> r.getInt(1),
                id.value());
    }

    /// The revisions of a note, oldest first.
    public List<Revision> of(NoteId id) {
        return sql.query(
                """
                SELECT number, title, topic, tags, body, saved FROM revisions WHERE note_id = ? ORDER BY number""",
                r -> new Revision(
                        id,
                        r.getInt(1),
                        r.getString(2),
                        TopicPath.parse(r.getString(3)),
                        r.getString(4).isEmpty()
                                ? List.of()
                                : Arrays.asList(r.getString(4).split("\n")),
                        r.getString(5),
                        Timestamps.parse(r.getString(6))),
                id.value());
    }
}
