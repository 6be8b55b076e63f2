package papernotes.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.StoredNote;
import papernotes.model.TopicPath;

/// Notes, their aliases and their place in the trash. Tags are kept through [TagRepository] in the same session;
/// lists of notes are read through [NoteListing], names through [NoteNames], and each write here takes the next
/// number of the [ChangeSequence].
public final class NoteRepository {

    private final Sql sql;
    private final TopicRepository topics;
    private final TagRepository tags;
    private final ChangeSequence changes;
    private final NoteAuthors authors;

    NoteRepository(Sql sql, TopicRepository topics, TagRepository tags) {
        this.sql = sql;
        this.topics = topics;
        this.tags = tags;
        this.changes = new ChangeSequence(sql);
        this.authors = new NoteAuthors(sql);
    }

    /// Stores a new note, filing it under its topic (created if missing).
    public void insert(Note note) {
        long topicId = topics.ensure(note.topic());
        sql.update(
                """
                INSERT INTO notes (id, title, body, topic_id, paper_url, code_url, arxiv, doi, year, venue, paper_title,
                abstract, reading, priority, created, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                note.id().value(),
                note.title(),
                note.body(),
                topicId,
                note.links().paper(),
                note.links().code(),
                note.links().arxiv(),
                note.links().doi(),
                note.links().year(),
                note.links().venue(),
                note.links().paperTitle(),
                note.links().abstractText(),
                note.reading().status().map(ReadingStatus::key),
                note.reading().priority().map(ReadingPriority::level),
                note.created(),
                note.updated());
        setAliases(note.id(), note.aliases());
        authors.set(note.id(), note.links().authors());
        tags.set(note.id(), note.tags());
        changes.stamp(note.id());
    }

    /// Overwrites a stored note with `note` (same id), keeping its creation time, trash state and reading status
    /// and priority: those change through [#setReading] alone, so that a writer that knows nothing of them (an
    /// import that updates a note from a file) leaves them as they are.
    public void update(Note note) {
        long topicId = topics.ensure(note.topic());
        int changed = sql.update(
                """
                UPDATE notes SET title = ?, body = ?, topic_id = ?, paper_url = ?, code_url = ?, arxiv = ?, doi = ?,
                year = ?, venue = ?, paper_title = ?, abstract = ?, updated = ?
                WHERE id = ?""",
                note.title(),
                note.body(),
                topicId,
                note.links().paper(),
                note.links().code(),
                note.links().arxiv(),
                note.links().doi(),
                note.links().year(),
                note.links().venue(),
                note.links().paperTitle(),
                note.links().abstractText(),
                note.updated(),
                note.id().value());
        if (changed != 1) {
            throw new StorageException("The note " + note.id() + " is not in the library.");
        }
        setAliases(note.id(), note.aliases());
        authors.set(note.id(), note.links().authors());
        tags.set(note.id(), note.tags());
        changes.stamp(note.id());
    }

    /// Sets the reading status and priority of a note, as part of a save (the caller stamps the change).
    public void setReading(NoteId id, Reading reading) {
        sql.update(
                "UPDATE notes SET reading = ?, priority = ? WHERE id = ?",
                reading.status().map(ReadingStatus::key),
                reading.priority().map(ReadingPriority::level),
                id.value());
    }

    /// Ids of every note outside the trash.
    public List<NoteId> liveIds() {
        return sql.query("SELECT id FROM notes WHERE trashed IS NULL ORDER BY id", r -> new NoteId(r.getString(1)));
    }

    private void setAliases(NoteId id, List<String> aliases) {
        sql.update("DELETE FROM note_aliases WHERE note_id = ?", id.value());
        for (int i = 0; i < aliases.size(); i++) {
            sql.update(
                    "INSERT INTO note_aliases (note_id, position, alias) VALUES (?, ?, ?)",
                    id.value(),
                    i,
                    aliases.get(i));
        }
    }

    public Optional<StoredNote> find(NoteId id) {
        return sql.queryOne("""
                SELECT id, title, body, topic_id, paper_url, code_url, created, updated, trashed, arxiv, doi, year, venue,
                paper_title, abstract, reading, priority FROM notes WHERE id = ?""", this::storedNote, id.value());
    }

    private StoredNote storedNote(ResultSet r) throws SQLException {
        var id = new NoteId(r.getString(1));
        var aliases = sql.query(
                "SELECT alias FROM note_aliases WHERE note_id = ? ORDER BY position",
                row -> row.getString(1),
                id.value());
        int yearValue = r.getInt(12);
        Optional<Integer> year = r.wasNull() ? Optional.empty() : Optional.of(yearValue);
        var links = new PaperLinks(
                Optional.ofNullable(r.getString(5)),
                Optional.ofNullable(r.getString(6)),
                Optional.ofNullable(r.getString(10)),
                Optional.ofNullable(r.getString(11)),
                year,
                Optional.ofNullable(r.getString(13)),
                Optional.ofNullable(r.getString(14)),
                authors.of(id),
                Optional.ofNullable(r.getString(15)));
        var note = new Note(
                id,
                r.getString(2),
                topics.path(r.getLong(4)),
                tags.of(id),
                aliases,
                links,
                reading(r, 16),
                r.getString(3),
                Timestamps.parse(r.getString(7)),
                Timestamps.parse(r.getString(8)));
        return new StoredNote(note, Optional.ofNullable(r.getString(9)).map(Timestamps::parse));
    }

    /// The reading status and priority in the columns `at` and `at + 1` of a row.
    static Reading reading(ResultSet r, int at) throws SQLException {
        var status = Optional.ofNullable(r.getString(at)).map(ReadingStatus::ofKey);
        int level = r.getInt(at + 1);
        var priority = r.wasNull() ? Optional.<ReadingPriority>empty() : Optional.of(ReadingPriority.ofLevel(level));
        return new Reading(status, priority);
    }

    /// The Markdown body of each note of `ids` outside the trash (a note trashed or deleted is left out).
    public Map<NoteId, String> liveBodies(Collection<NoteId> ids) {
        var result = new HashMap<NoteId, String>();
        for (var slice : Sql.batches(ids)) {
            sql.query(
                            "SELECT id, body FROM notes WHERE trashed IS NULL AND id IN (" + Sql.placeholders(slice)
                                    + ")",
                            r -> Map.entry(new NoteId(r.getString(1)), r.getString(2)),
                            slice.stream().map(NoteId::value).toArray())
                    .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    /// The bodies of up to `limit` notes (in the library or the trash) with ids after `after` (all when empty), in
    /// id order: for reading every note in batches.
    public List<Map.Entry<NoteId, String>> bodies(Optional<NoteId> after, int limit) {
        return sql.query(
                "SELECT id, body FROM notes WHERE id > ? ORDER BY id LIMIT ?",
                r -> Map.entry(new NoteId(r.getString(1)), r.getString(2)),
                after.map(NoteId::value).orElse(""),
                limit);
    }

    public void trash(NoteId id, Instant when) {
        sql.update("UPDATE notes SET trashed = ? WHERE id = ? AND trashed IS NULL", when, id.value());
        changes.stamp(id);
    }

    /// Brings a note back from the trash, and with it its topic and the topics above it if they were trashed.
    public void restore(NoteId id) {
        sql.update("UPDATE notes SET trashed = NULL WHERE id = ?", id.value());
        sql.queryOne("SELECT topic_id FROM notes WHERE id = ?", r -> r.getLong(1), id.value())
                .ifPresent(topics::restore);
        changes.stamp(id);
    }

    /// Deletes a note in the trash for good, with its aliases, tag links and revisions; tags and trashed topics
    /// left without notes go too. Returns whether there was such a note.
    public boolean purge(NoteId id) {
        int deleted = sql.update("DELETE FROM notes WHERE id = ? AND trashed IS NOT NULL", id.value());
        if (deleted == 1) {
            changes.remember(List.of(id));
        }
        removeOrphans();
        return deleted == 1;
    }

    /// Deletes every note in the trash for good (see [#purge]). Returns their ids.
    public List<NoteId> purgeTrash() {
        var ids = sql.query(
                "SELECT id FROM notes WHERE trashed IS NOT NULL ORDER BY id", r -> new NoteId(r.getString(1)));
        sql.update("DELETE FROM notes WHERE trashed IS NOT NULL");
        changes.remember(ids);
        removeOrphans();
        return ids;
    }

    private void removeOrphans() {
        tags.removeUnused();
        topics.removeEmptyTrashed();
    }

    /// Ids of the notes filed in any of the topics `topicIds`, in the trash or not.
    public List<NoteId> filedIn(Collection<Long> topicIds) {
        return inTopics(topicIds, "");
    }

    /// Ids of the notes outside the trash filed in any of the topics `topicIds`.
    public List<NoteId> liveFiledIn(Collection<Long> topicIds) {
        return inTopics(topicIds, " AND trashed IS NULL");
    }

    private List<NoteId> inTopics(Collection<Long> topicIds, String condition) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return sql.query(
                "SELECT id FROM notes WHERE topic_id IN (" + "?,".repeat(topicIds.size() - 1) + "?)" + condition
                        + " ORDER BY id",
                r -> new NoteId(r.getString(1)),
                topicIds.toArray());
    }

    public boolean exists(NoteId id) {
        return sql.queryOne("SELECT 1 FROM notes WHERE id = ?", r -> true, id.value())
                .isPresent();
    }

    /// Every note ever stored, in the library or the trash.
    public int countAll() {
        return sql.queryOne("SELECT count(*) FROM notes", r -> r.getInt(1)).orElse(0);
    }

    public TopicPath topicOf(long topicId) {
        return topics.path(topicId);
    }
}
