package papernotes.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import papernotes.model.LinkTarget;
import papernotes.model.Note;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.PaperLinks;
import papernotes.model.StoredNote;
import papernotes.model.TopicPath;
import papernotes.model.TrashedNote;

/// Notes, their aliases and their place in the trash. Tags are kept through [TagRepository] in the same session.
public final class NoteRepository {

    private static final String SUMMARY_COLUMNS = "n.id, n.title, n.topic_id, n.created, n.updated, n.trashed";

    private final Sql sql;
    private final TopicRepository topics;
    private final TagRepository tags;

    NoteRepository(Sql sql, TopicRepository topics, TagRepository tags) {
        this.sql = sql;
        this.topics = topics;
        this.tags = tags;
    }

    /// Stores a new note, filing it under its topic (created if missing).
    public void insert(Note note) {
        long topicId = topics.ensure(note.topic());
        sql.update(
                """
                INSERT INTO notes (id, title, body, topic_id, paper_url, code_url, arxiv, doi, year, venue, created, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                note.created(),
                note.updated());
        setAliases(note.id(), note.aliases());
        tags.set(note.id(), note.tags());
        stamp(note.id());
    }

    /// Overwrites a stored note with `note` (same id), keeping its creation time and trash state.
    public void update(Note note) {
        long topicId = topics.ensure(note.topic());
        int changed = sql.update(
                """
                UPDATE notes SET title = ?, body = ?, topic_id = ?, paper_url = ?, code_url = ?, arxiv = ?, doi = ?,
                year = ?, venue = ?, updated = ?
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
                note.updated(),
                note.id().value());
        if (changed != 1) {
            throw new StorageException("The note " + note.id() + " is not in the library.");
        }
        setAliases(note.id(), note.aliases());
        tags.set(note.id(), note.tags());
        stamp(note.id());
    }

    /// Gives the note the next number of the library's change sequence, for the search index to catch up on.
    public long stamp(NoteId id) {
        long seq = nextChange();
        sql.update("UPDATE notes SET change_seq = ? WHERE id = ?", seq, id.value());
        return seq;
    }

    /// Hands out the next number of the change sequence.
    private long nextChange() {
        sql.update("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq'");
        return changeSequence();
    }

    /// Gives the notes of one write (a topic renamed, a tag merged) one new change number together.
    public void stamp(Collection<NoteId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long seq = nextChange();
        for (NoteId id : ids) {
            sql.update("UPDATE notes SET change_seq = ? WHERE id = ?", seq, id.value());
        }
    }

    /// The highest change number handed out so far.
    public long changeSequence() {
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
                SELECT id, title, body, topic_id, paper_url, code_url, created, updated, trashed, arxiv, doi, year, venue
                FROM notes WHERE id = ?""", this::storedNote, id.value());
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
                Optional.ofNullable(r.getString(13)));
        var note = new Note(
                id,
                r.getString(2),
                topics.path(r.getLong(4)),
                tags.of(id),
                aliases,
                links,
                r.getString(3),
                Timestamps.parse(r.getString(7)),
                Timestamps.parse(r.getString(8)));
        return new StoredNote(note, Optional.ofNullable(r.getString(9)).map(Timestamps::parse));
    }

    /// Notes outside the trash that pass `filter`, by title.
    public List<NoteSummary> list(NoteFilter filter) {
        var where = new StringBuilder("n.trashed IS NULL");
        var params = new ArrayList<Object>();
        if (filter.topic().isPresent()) {
            var topicId = topics.find(filter.topic().get());
            if (topicId.isEmpty()) {
                return List.of();
            }
            var ids = topics.subtree(topicId.get());
            where.append(" AND n.topic_id IN (")
                    .append("?,".repeat(ids.size() - 1))
                    .append("?)");
            params.addAll(ids);
        }
        if (filter.tag().isPresent()) {
            where.append(
                    " AND n.id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE t.name = ?)");
            params.add(filter.tag().get());
        }
        return summaries(
                        "SELECT " + SUMMARY_COLUMNS + " FROM notes n WHERE " + where
                                + " ORDER BY n.title COLLATE NOCASE, n.id",
                        params.toArray())
                .stream()
                .map(SummaryRow::summary)
                .toList();
    }

    /// The `limit` notes outside the trash changed last, the latest first.
    public List<NoteSummary> recent(int limit) {
        var selected = "SELECT n.id FROM notes n WHERE n.trashed IS NULL ORDER BY n.updated DESC, n.id LIMIT " + limit;
        return summaries(
                        tags.byNote(selected),
                        "SELECT " + SUMMARY_COLUMNS + " FROM notes n WHERE n.id IN (" + selected
                                + ") ORDER BY n.updated DESC, n.id")
                .stream()
                .map(SummaryRow::summary)
                .toList();
    }

    /// Notes in the trash, most recently trashed first.
    public List<TrashedNote> trashed() {
        return summaries("SELECT " + SUMMARY_COLUMNS
                        + " FROM notes n WHERE n.trashed IS NOT NULL ORDER BY n.trashed DESC, n.id")
                .stream()
                .map(row -> new TrashedNote(row.summary(), row.trashed().orElseThrow()))
                .toList();
    }

    private record SummaryRow(NoteSummary summary, Optional<Instant> trashed) {}

    /// Rows as summaries, with when each was trashed (empty outside the trash).
    private List<SummaryRow> summaries(String query, Object... params) {
        return summaries(tags.byNote(), query, params);
    }

    private List<SummaryRow> summaries(Map<String, List<String>> tagsByNote, String query, Object... params) {
        var paths = topics.paths();
        return sql.query(
                query,
                r -> {
                    var id = r.getString(1);
                    var summary = new NoteSummary(
                            new NoteId(id),
                            r.getString(2),
                            Objects.requireNonNull(paths.get(r.getLong(3)), "a note's topic has a path"),
                            tagsByNote.getOrDefault(id, List.of()),
                            Timestamps.parse(r.getString(4)),
                            Timestamps.parse(r.getString(5)));
                    return new SummaryRow(
                            summary, Optional.ofNullable(r.getString(6)).map(Timestamps::parse));
                },
                params);
    }

    /// The notes outside the trash among `ids`, by id (ids of notes trashed or gone are left out): what a search
    /// shows of its hits, read in one query for all of them rather than note by note with their bodies.
    public Map<NoteId, NoteSummary> liveSummaries(Collection<NoteId> ids) {
        var result = new HashMap<NoteId, NoteSummary>();
        for (var slice : batches(ids)) {
            var selected = "SELECT n.id FROM notes n WHERE n.trashed IS NULL AND n.id IN (" + placeholders(slice) + ")";
            var params = slice.stream().map(NoteId::value).toArray();
            summaries(
                            tags.byNote(selected, params),
                            "SELECT " + SUMMARY_COLUMNS + " FROM notes n WHERE n.id IN (" + selected + ")",
                            params)
                    .forEach(row -> result.put(row.summary().id(), row.summary()));
        }
        return result;
    }

    static final int SUMMARY_BATCH = 500;

    /// The Markdown body of each note of `ids` outside the trash (a note trashed or deleted is left out).
    public Map<NoteId, String> liveBodies(Collection<NoteId> ids) {
        var result = new HashMap<NoteId, String>();
        for (var slice : batches(ids)) {
            sql.query(
                            "SELECT id, body FROM notes WHERE trashed IS NULL AND id IN (" + placeholders(slice) + ")",
                            r -> Map.entry(new NoteId(r.getString(1)), r.getString(2)),
                            slice.stream().map(NoteId::value).toArray())
                    .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    /// `ids` without repeats, in slices of at most [#SUMMARY_BATCH], each small enough for one `IN (…)`.
    private static List<List<NoteId>> batches(Collection<NoteId> ids) {
        var all = List.copyOf(new LinkedHashSet<>(ids));
        var slices = new ArrayList<List<NoteId>>();
        for (int from = 0; from < all.size(); from += SUMMARY_BATCH) {
            slices.add(all.subList(from, Math.min(all.size(), from + SUMMARY_BATCH)));
        }
        return slices;
    }

    private static String placeholders(List<?> values) {
        return "?,".repeat(values.size() - 1) + "?";
    }

    /// Notes outside the trash, other than `note`, whose body links to any of `targets`, by title. Reads the tags of
    /// those notes only, so the answer costs what it returns, not the size of the library.
    public List<NoteSummary> linkingTo(NoteId note, Collection<LinkTarget> targets) {
        var sources = new ArrayList<String>();
        var sourceParams = new ArrayList<Object>();
        for (LinkTarget.Kind kind : LinkTarget.Kind.values()) {
            var values = targets.stream()
                    .filter(t -> t.kind() == kind)
                    .map(LinkTarget::value)
                    .distinct()
                    .toList();
            if (!values.isEmpty()) {
                sources.add("SELECT note_id FROM note_links WHERE kind = ? AND target IN ("
                        + "?,".repeat(values.size() - 1) + "?)");
                sourceParams.add(LinkRepository.kind(kind));
                sourceParams.addAll(values);
            }
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        var linking = "SELECT n.id FROM notes n WHERE n.trashed IS NULL AND n.id <> ? AND n.id IN ("
                + String.join(" UNION ", sources) + ")";
        var params = new ArrayList<Object>();
        params.add(note.value());
        params.addAll(sourceParams);
        var tagsByNote = tags.byNote(linking, params.toArray());
        return summaries(
                        tagsByNote,
                        "SELECT " + SUMMARY_COLUMNS + " FROM notes n WHERE n.id IN (" + linking
                                + ") ORDER BY n.title COLLATE NOCASE, n.id",
                        params.toArray())
                .stream()
                .map(SummaryRow::summary)
                .toList();
    }

    /// Ids of notes outside the trash whose title or alias is `name`, ignoring ASCII case, as `[[name]]` is resolved.
    public List<NoteId> liveWithName(String name) {
        return sql.query("""
                SELECT id FROM notes WHERE trashed IS NULL AND title = ? COLLATE NOCASE
                UNION SELECT a.note_id FROM note_aliases a JOIN notes n ON n.id = a.note_id
                WHERE n.trashed IS NULL AND a.alias = ? COLLATE NOCASE ORDER BY 1""", r -> new NoteId(r.getString(1)), name.strip(), name.strip());
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
        for (var slice : batches(ids)) {
            sql.forEach(
                    "SELECT a.note_id, a.alias FROM note_aliases a JOIN notes n ON n.id = a.note_id WHERE n.trashed IS NULL"
                            + " AND a.note_id IN (" + placeholders(slice) + ") ORDER BY a.note_id, a.position",
                    r -> {
                        result.computeIfAbsent(new NoteId(r.getString(1)), k -> new ArrayList<>())
                                .add(r.getString(2));
                    },
                    slice.stream().map(NoteId::value).toArray());
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
        stamp(id);
    }

    /// Brings a note back from the trash, and with it its topic and the topics above it if they were trashed.
    public void restore(NoteId id) {
        sql.update("UPDATE notes SET trashed = NULL WHERE id = ?", id.value());
        sql.queryOne("SELECT topic_id FROM notes WHERE id = ?", r -> r.getLong(1), id.value())
                .ifPresent(topics::restore);
        stamp(id);
    }

    /// Deletes a note in the trash for good, with its aliases, tag links and revisions; tags and trashed topics
    /// left without notes go too. Returns whether there was such a note.
    public boolean purge(NoteId id) {
        int deleted = sql.update("DELETE FROM notes WHERE id = ? AND trashed IS NOT NULL", id.value());
        if (deleted == 1) {
            remember(List.of(id));
        }
        removeOrphans();
        return deleted == 1;
    }

    /// Deletes every note in the trash for good (see [#purge]). Returns their ids.
    public List<NoteId> purgeTrash() {
        var ids = sql.query(
                "SELECT id FROM notes WHERE trashed IS NOT NULL ORDER BY id", r -> new NoteId(r.getString(1)));
        sql.update("DELETE FROM notes WHERE trashed IS NOT NULL");
        remember(ids);
        removeOrphans();
        return ids;
    }

    /// Records notes deleted for good under one new change number, for the search index to catch up on (schema 8).
    private void remember(List<NoteId> purged) {
        if (purged.isEmpty()) {
            return;
        }
        long seq = nextChange();
        for (NoteId id : purged) {
            sql.update(
                    "INSERT INTO purged_notes (id, change_seq) VALUES (?, ?) "
                            + "ON CONFLICT (id) DO UPDATE SET change_seq = excluded.change_seq",
                    id.value(),
                    seq);
        }
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
