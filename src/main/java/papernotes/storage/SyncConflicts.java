package papernotes.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import papernotes.model.NoteId;

/// Notes a sync round found changed in the same places on both sides, each with both sides kept whole (and their
/// common ancestor), as the sync files' text, until the user settles it (schema 12).
public final class SyncConflicts {

    /// One conflict as kept: what conflicted (`BODY`, `TITLE`…), which side the note kept (`mine` or `theirs`),
    /// and the three versions as sync files.
    public record Row(
            NoteId note,
            List<String> fields,
            String kept,
            Optional<String> base,
            String mine,
            String theirs,
            Instant found) {

        public Row {
            fields = List.copyOf(fields);
        }
    }

    private final Sql sql;

    SyncConflicts(Sql sql) {
        this.sql = sql;
    }

    /// Keeps `row`, in the place of an earlier conflict of the same note.
    public void put(Row row) {
        sql.update(
                """
                INSERT OR REPLACE INTO sync_conflicts (note_id, fields, kept, base, mine, theirs, found)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                row.note().value(),
                String.join(",", row.fields()),
                row.kept(),
                row.base(),
                row.mine(),
                row.theirs(),
                row.found());
    }

    /// Every conflict, the oldest first.
    public List<Row> all() {
        return sql.query(
                "SELECT note_id, fields, kept, base, mine, theirs, found FROM sync_conflicts ORDER BY found, note_id",
                SyncConflicts::row);
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(
                new NoteId(r.getString(1)),
                List.of(r.getString(2).split(",", -1)),
                r.getString(3),
                Optional.ofNullable(r.getString(4)),
                r.getString(5),
                r.getString(6),
                Timestamps.parse(r.getString(7)));
    }

    public Optional<Row> of(NoteId note) {
        return sql.queryOne(
                "SELECT note_id, fields, kept, base, mine, theirs, found FROM sync_conflicts WHERE note_id = ?",
                SyncConflicts::row,
                note.value());
    }

    /// Forgets the conflict of `note`; returns whether there was one.
    public boolean remove(NoteId note) {
        return sql.update("DELETE FROM sync_conflicts WHERE note_id = ?", note.value()) == 1;
    }
}
