package papernotes.storage;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import papernotes.model.LinkTarget;
import papernotes.model.NoteId;

/// What each note links to (schema V004): one row per target its body names. Which notes link to a note is asked
/// through [NoteListing#linkingTo], which also knows which notes are live.
public final class LinkRepository {

    private final Sql sql;

    LinkRepository(Sql sql) {
        this.sql = sql;
    }

    /// Replaces everything `note` links to with `targets`.
    public void replace(NoteId note, Collection<LinkTarget> targets) {
        sql.update("DELETE FROM note_links WHERE note_id = ?", note.value());
        for (LinkTarget target : new LinkedHashSet<>(targets)) {
            sql.update(
                    "INSERT OR IGNORE INTO note_links (note_id, kind, target) VALUES (?, ?, ?)",
                    note.value(),
                    kind(target.kind()),
                    target.value());
        }
    }

    /// What `note` links to, ids first, each kind in text order.
    public List<LinkTarget> of(NoteId note) {
        return sql.query(
                "SELECT kind, target FROM note_links WHERE note_id = ? ORDER BY kind, target",
                r -> new LinkTarget(LinkTarget.Kind.valueOf(r.getString(1).toUpperCase(Locale.ROOT)), r.getString(2)),
                note.value());
    }

    static String kind(LinkTarget.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
