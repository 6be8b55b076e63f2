package papernotes.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import papernotes.model.LibrarySnapshot;
import papernotes.model.LibrarySnapshot.NoteRow;
import papernotes.model.LibrarySnapshot.RevisionRow;
import papernotes.model.LibrarySnapshot.TopicRow;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;

/// The whole library row by row, with its ids, for JSON backups: read in one snapshot, written into an empty library
/// in one transaction. Derived data (change numbers, what bodies link to, the text read from attached files) is
/// neither read nor written here.
public final class SnapshotRepository {

    /// Meta keys that describe derived data of this library, not the library itself.
    public static final Set<String> DERIVED_META = Set.of("change_seq", "links.format");

    private final Sql sql;
    private final TagRepository tags;

    SnapshotRepository(Sql sql, TagRepository tags) {
        this.sql = sql;
        this.tags = tags;
    }

    /// Every row, each table in the order of its key.
    public LibrarySnapshot read() {
        var meta = new LinkedHashMap<String, String>();
        sql.query("SELECT key, value FROM meta ORDER BY key", r -> meta.put(r.getString(1), r.getString(2)));
        DERIVED_META.forEach(meta::remove);
        var topics = sql.query(
                """
                SELECT id, parent_id, name, name_zh, description, position, trashed FROM topics ORDER BY id""",
                r -> new TopicRow(
                        r.getLong(1),
                        Optional.ofNullable(r.getObject(2)).map(o -> ((Number) o).longValue()),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        instant(r.getString(7))));
        var tagsByNote = tags.byNote();
        var aliases = new HashMap<String, List<String>>();
        sql.query(
                "SELECT note_id, alias FROM note_aliases ORDER BY note_id, position",
                r -> aliases.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(r.getString(2)));
        var authors = new NoteAuthors(sql).all();
        var files = new NoteFiles(sql).all();
        var notes = sql.query("""
                SELECT id, title, topic_id, paper_url, code_url, arxiv, doi, year, venue, citekey, body, created, updated,
                trashed, paper_title, abstract, reading, priority FROM notes ORDER BY id""", r -> {
            var id = r.getString(1);
            var year = Optional.ofNullable(r.getObject(8)).map(o -> ((Number) o).intValue());
            var links = new PaperLinks(
                    Optional.ofNullable(r.getString(4)),
                    Optional.ofNullable(r.getString(5)),
                    Optional.ofNullable(r.getString(6)),
                    Optional.ofNullable(r.getString(7)),
                    year,
                    Optional.ofNullable(r.getString(9)),
                    Optional.ofNullable(r.getString(15)),
                    authors.getOrDefault(id, List.of()),
                    Optional.ofNullable(r.getString(16)));
            return new NoteRow(
                    new NoteId(id),
                    r.getString(2),
                    r.getLong(3),
                    tagsByNote.getOrDefault(id, List.of()),
                    aliases.getOrDefault(id, List.of()),
                    links,
                    NoteRepository.reading(r, 17),
                    Optional.ofNullable(r.getString(10)),
                    r.getString(11),
                    Timestamps.parse(r.getString(12)),
                    Timestamps.parse(r.getString(13)),
                    instant(r.getString(14)),
                    files.getOrDefault(id, List.of()));
        });
        var revisions = sql.query(
                """
                SELECT note_id, number, title, topic, tags, body, saved FROM revisions ORDER BY note_id, number""",
                r -> new RevisionRow(
                        new NoteId(r.getString(1)),
                        r.getInt(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5).isEmpty()
                                ? List.of()
                                : Arrays.asList(r.getString(5).split("\n")),
                        r.getString(6),
                        Timestamps.parse(r.getString(7))));
        return new LibrarySnapshot(meta, topics, notes, revisions);
    }

    /// Whether the library holds no note (in the trash or not) and no topic.
    public boolean isEmpty() {
        return sql.queryOne("SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM topics)", r -> r.getLong(1))
                        .orElse(0L)
                == 0;
    }

    /// Writes `snapshot` into an empty library, keeping every id, time and position, and stamps every note with a
    /// change number. Foreign keys are checked at commit, so topics may come in any order.
    public void write(LibrarySnapshot snapshot) {
        if (!isEmpty()) {
            throw new StorageException("The library is not empty; a backup is written only into an empty library.");
        }
        sql.update("PRAGMA defer_foreign_keys = ON");
        snapshot.meta().forEach((key, value) -> {
            if (!DERIVED_META.contains(key)) {
                sql.update(
                        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        key,
                        value);
            }
        });
        for (TopicRow topic : snapshot.topics()) {
            sql.update(
                    """
                    INSERT INTO topics (id, parent_id, name, name_zh, description, position, trashed)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    topic.id(),
                    topic.parent(),
                    topic.name(),
                    topic.nameZh(),
                    topic.description(),
                    topic.position(),
                    topic.trashed());
        }
        var changes = new ChangeSequence(sql);
        var authorRows = new NoteAuthors(sql);
        var fileRows = new NoteFiles(sql);
        for (NoteRow note : snapshot.notes()) {
            var links = note.links();
            sql.update(
                    """
                    INSERT INTO notes (id, title, body, topic_id, paper_url, code_url, arxiv, doi, year, venue, citekey,
                    created, updated, trashed, paper_title, abstract, reading, priority)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    note.id().value(),
                    note.title(),
                    note.body(),
                    note.topic(),
                    links.paper(),
                    links.code(),
                    links.arxiv(),
                    links.doi(),
                    links.year(),
                    links.venue(),
                    note.citekey(),
                    note.created(),
                    note.updated(),
                    note.trashed(),
                    links.paperTitle(),
                    links.abstractText(),
                    note.reading().status().map(ReadingStatus::key),
                    note.reading().priority().map(ReadingPriority::level));
            authorRows.set(note.id(), links.authors());
            for (int i = 0; i < note.aliases().size(); i++) {
                sql.update(
                        "INSERT INTO note_aliases (note_id, position, alias) VALUES (?, ?, ?)",
                        note.id().value(),
                        i,
                        note.aliases().get(i));
            }
            tags.set(note.id(), note.tags());
            fileRows.set(note.id(), note.files());
            changes.stamp(note.id());
        }
        for (RevisionRow revision : snapshot.revisions()) {
            sql.update(
                    """
                    INSERT INTO revisions (note_id, number, title, topic, tags, body, saved) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    revision.note().value(),
                    revision.number(),
                    revision.title(),
                    revision.topic(),
                    String.join("\n", revision.tags()),
                    revision.body(),
                    revision.saved());
        }
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Timestamps::parse);
    }

    /// The time of the latest change the library records (a save, a revision, something trashed), if any.
    public Optional<Instant> lastChange() {
        return sql.queryOne("""
                SELECT max(t) FROM (SELECT max(updated) AS t FROM notes UNION ALL SELECT max(trashed) FROM notes
                UNION ALL SELECT max(saved) FROM revisions UNION ALL SELECT max(trashed) FROM topics)""", r -> r.getString(1)).flatMap(SnapshotRepository::instant);
    }
}
