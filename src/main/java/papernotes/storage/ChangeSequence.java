package papernotes.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import papernotes.model.NoteId;

/// The library's change sequence: each write gives the notes it changed the next number, and notes deleted for good
/// are remembered under one (schema 8), so that the search index catches up on everything after the number it has.
public final class ChangeSequence {

    private final Sql sql;

    ChangeSequence(Sql sql) {
        this.sql = sql;
    }

    /// Gives the note the next number of the library's change sequence, for the search index to catch up on.
    public long stamp(NoteId id) {
        long seq = next();
        sql.update("UPDATE notes SET change_seq = ? WHERE id = ?", seq, id.value());
        return seq;
    }

    /// Gives the notes of one write (a topic renamed, a tag merged) one new change number together.
    public void stamp(Collection<NoteId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long seq = next();
        for (NoteId id : ids) {
            sql.update("UPDATE notes SET change_seq = ? WHERE id = ?", seq, id.value());
        }
    }

    /// Hands out the next number of the change sequence.
    private long next() {
        sql.update("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq'");
        return latest();
    }

    /// The highest change number handed out so far.
    public long latest() {
        return sql.queryOne("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'change_seq'", r -> r.getLong(1))
                .orElse(0L);
    }

    /// Ids of notes changed after change number `after`, with whether each is now in the trash.
    /// A note deleted for good since counts as in the trash (gone from the index either way); a note deleted and
    /// then added again (an import of its id) comes after its deletion.
    public List<Map.Entry<NoteId, Boolean>> changedSince(long after) {
        return sql.query(
                "SELECT id, gone FROM (SELECT id, trashed IS NOT NULL AS gone, change_seq FROM notes "
                        + "WHERE change_seq > ? UNION ALL SELECT id, 1, change_seq FROM purged_notes WHERE change_seq > ?) "
                        + "ORDER BY change_seq",
                r -> Map.entry(new NoteId(r.getString(1)), r.getBoolean(2)),
                after,
                after);
    }

    /// Records notes deleted for good under one new change number, for the search index to catch up on (schema 8).
    void remember(List<NoteId> purged) {
        if (purged.isEmpty()) {
            return;
        }
        long seq = next();
        for (NoteId id : purged) {
            sql.update(
                    "INSERT INTO purged_notes (id, change_seq) VALUES (?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET change_seq = excluded.change_seq",
                    id.value(),
                    seq);
        }
    }
}
