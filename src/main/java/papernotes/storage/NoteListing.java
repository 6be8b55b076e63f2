package papernotes.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import papernotes.model.LinkTarget;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteSummary;
import papernotes.model.TrashedNote;

/// Notes as lists show them: summaries (title, topic, tags, reading status, times) without bodies, each list read in
/// one query with
/// the tags of its notes.
public final class NoteListing {

    private static final String SUMMARY_COLUMNS =
            "n.id, n.title, n.topic_id, n.created, n.updated, n.trashed, n.reading, n.priority";

    private final Sql sql;
    private final TopicRepository topics;
    private final TagRepository tags;

    NoteListing(Sql sql, TopicRepository topics, TagRepository tags) {
        this.sql = sql;
        this.topics = topics;
        this.tags = tags;
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
        if (filter.status().isPresent()) {
            where.append(" AND n.reading = ?");
            params.add(filter.status().get().key());
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
                            NoteRepository.reading(r, 7),
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
        for (var slice : Sql.batches(ids)) {
            var selected =
                    "SELECT n.id FROM notes n WHERE n.trashed IS NULL AND n.id IN (" + Sql.placeholders(slice) + ")";
            var params = slice.stream().map(NoteId::value).toArray();
            summaries(
                            tags.byNote(selected, params),
                            "SELECT " + SUMMARY_COLUMNS + " FROM notes n WHERE n.id IN (" + selected + ")",
                            params)
                    .forEach(row -> result.put(row.summary().id(), row.summary()));
        }
        return result;
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
}
