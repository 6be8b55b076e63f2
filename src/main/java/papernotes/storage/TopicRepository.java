package papernotes.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import papernotes.model.Topic;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

/// The topic tree. Names match ignoring ASCII case (`face swap` finds `Face Swap`); the stored spelling is kept.
///
/// A topic can be in the trash (V004): it is kept only because notes in the trash are still filed in it, it is left
/// out of [#list] and [#find], and it comes back when one of its notes is restored or a topic of its path is made
/// again. No live topic lies below a trashed one, and no note outside the trash is filed in a trashed one.
public final class TopicRepository {

    private record Row(
            long id,
            @Nullable Long parentId,
            String name,
            String nameZh,
            String description,
            int position,
            boolean trashed) {}

    /// A topic among its siblings: its id, its name as stored and whether it is in the trash.
    public record Sibling(long id, String name, boolean trashed) {}

    private final Sql sql;

    TopicRepository(Sql sql) {
        this.sql = sql;
    }

    /// The id of the topic at `path`, if it exists outside the trash.
    public Optional<Long> find(TopicPath path) {
        Long parent = null;
        for (String name : path.names()) {
            var child = child(parent, name).filter(c -> !c.trashed());
            if (child.isEmpty()) {
                return Optional.empty();
            }
            parent = child.get().id();
        }
        return Optional.ofNullable(parent);
    }

    /// The id of the topic at `path`, creating it and any missing parent, each placed after its existing siblings.
    /// Topics of the path that are in the trash are brought back.
    public long ensure(TopicPath path) {
        Long parent = null;
        for (String name : path.names()) {
            var existing = child(parent, name);
            if (existing.isPresent()) {
                parent = existing.get().id();
                if (existing.get().trashed()) {
                    sql.update("UPDATE topics SET trashed = NULL WHERE id = ?", parent);
                }
            } else {
                parent = sql.insert(
                        "INSERT INTO topics (parent_id, name, position) VALUES (?, ?, ?)",
                        parent,
                        name,
                        nextPosition(parent));
            }
        }
        return Objects.requireNonNull(parent, "a topic path has at least one name");
    }

    private int nextPosition(@Nullable Long parent) {
        return sql.queryOne(
                        "SELECT ifnull(max(position), 0) + 1 FROM topics WHERE parent_id IS ?",
                        r -> r.getInt(1),
                        parent)
                .orElse(1);
    }

    /// Creates the topic or updates its display name, text and position.
    public long save(TopicDraft draft) {
        long id = ensure(draft.path());
        sql.update(
                "UPDATE topics SET name_zh = ?, description = ?, position = ? WHERE id = ?",
                draft.nameZh(),
                draft.description(),
                draft.position(),
                id);
        return id;
    }

    /// The topic named `name` (ignoring case) directly below `parent` (or at the top when empty), even in the trash.
    public Optional<Sibling> child(Optional<Long> parent, String name) {
        return child(parent.orElse(null), name);
    }

    private Optional<Sibling> child(@Nullable Long parent, String name) {
        return sql.queryOne(
                "SELECT id, name, trashed IS NOT NULL FROM topics WHERE parent_id IS ? AND name = ? COLLATE NOCASE",
                r -> new Sibling(r.getLong(1), r.getString(2), r.getBoolean(3)),
                parent,
                name);
    }

    /// The parent of a topic; empty at the top.
    public Optional<Long> parentOf(long id) {
        return sql.queryOne(
                        "SELECT parent_id IS NULL, parent_id FROM topics WHERE id = ?",
                        r -> r.getBoolean(1) ? Optional.<Long>empty() : Optional.of(r.getLong(2)),
                        id)
                .flatMap(parent -> parent);
    }

    /// Gives a topic a new name and display name.
    public void rename(long id, String name, String nameZh) {
        sql.update("UPDATE topics SET name = ?, name_zh = ? WHERE id = ?", name, nameZh, id);
    }

    /// Files a topic (with everything below it) under `parent`, or at the top, after its new siblings.
    public void move(long id, Optional<Long> parent) {
        sql.update(
                "UPDATE topics SET parent_id = ?, position = ? WHERE id = ?",
                parent,
                nextPosition(parent.orElse(null)),
                id);
    }

    /// Merges `from`, a topic in the trash, into `into`, which takes its place: sub-topics of `from` move below
    /// `into` (merging with those of the same name there) and the notes filed in them follow; `from` is deleted.
    public void absorb(long from, long into) {
        for (Sibling child : sql.query(
                "SELECT id, name, trashed IS NOT NULL FROM topics WHERE parent_id = ?",
                r -> new Sibling(r.getLong(1), r.getString(2), r.getBoolean(3)),
                from)) {
            var match = child(into, child.name());
            if (match.isPresent()) {
                absorb(child.id(), match.get().id());
            } else {
                sql.update("UPDATE topics SET parent_id = ? WHERE id = ?", into, child.id());
            }
        }
        sql.update("UPDATE notes SET topic_id = ? WHERE topic_id = ?", into, from);
        sql.update("DELETE FROM topics WHERE id = ?", from);
    }

    /// Puts the topics `ids` in the trash.
    public void trash(Collection<Long> ids, Instant when) {
        for (long id : ids) {
            sql.update("UPDATE topics SET trashed = ? WHERE id = ? AND trashed IS NULL", when, id);
        }
    }

    /// Brings a topic and every topic above it out of the trash.
    public void restore(long id) {
        sql.update("""
                WITH RECURSIVE up(id, parent_id, depth) AS (
                    SELECT id, parent_id, 0 FROM topics WHERE id = ?
                    UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM topics t JOIN up ON t.id = up.parent_id
                    WHERE up.depth < 64)
                UPDATE topics SET trashed = NULL WHERE id IN (SELECT id FROM up) AND trashed IS NOT NULL""", id);
    }

    /// Deletes the topics in the trash that file no note and hold no other topic. Returns how many went.
    public int removeEmptyTrashed() {
        int removed = 0;
        int round;
        do {
            round = sql.update("""
                    DELETE FROM topics WHERE trashed IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.topic_id = topics.id)
                    AND NOT EXISTS (SELECT 1 FROM topics c WHERE c.parent_id = topics.id)""");
            removed += round;
        } while (round > 0);
        return removed;
    }

    /// Every topic's path by id, in the trash or not.
    public Map<Long, TopicPath> paths() {
        var rows = rows();
        var byId = new HashMap<Long, Row>();
        rows.forEach(row -> byId.put(row.id(), row));
        var paths = new HashMap<Long, TopicPath>();
        for (Row row : rows) {
            paths.put(row.id(), pathOf(row, byId));
        }
        return paths;
    }

    /// The path of one topic, reading only it and the topics above it.
    public TopicPath path(long id) {
        var names = sql.query("""
                WITH RECURSIVE up(id, parent_id, name, depth) AS (
                    SELECT id, parent_id, name, 0 FROM topics WHERE id = ?
                    UNION ALL SELECT t.id, t.parent_id, t.name, up.depth + 1 FROM topics t JOIN up ON t.id = up.parent_id
                    WHERE up.depth < 64)
                SELECT name FROM up ORDER BY depth DESC""", r -> r.getString(1), id);
        if (names.isEmpty()) {
            throw new StorageException("The library refers to a topic that does not exist (id " + id + ").");
        }
        return new TopicPath(names);
    }

    private static TopicPath pathOf(Row row, Map<Long, Row> byId) {
        var names = new ArrayList<String>();
        for (Row at = row; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            names.addFirst(at.name());
            if (names.size() > byId.size()) {
                throw new StorageException("The topic tree of the library contains a cycle.");
            }
        }
        return new TopicPath(names);
    }

    /// All topics outside the trash in tree order (each topic followed by its sub-topics; siblings by position, then
    /// name), with the number of notes outside the trash filed directly in each.
    public List<Topic> list() {
        return list(true);
    }

    /// The same without counting notes (each count 0): the names and places of the topics only.
    public List<Topic> listUncounted() {
        return list(false);
    }

    private List<Topic> list(boolean counted) {
        var rows = rows().stream().filter(row -> !row.trashed()).toList();
        var counts = new HashMap<Long, Integer>();
        if (counted) {
            sql.forEach("SELECT topic_id, count(*) FROM notes WHERE trashed IS NULL GROUP BY topic_id", r -> {
                counts.put(r.getLong(1), r.getInt(2));
            });
        }
        var byId = new HashMap<Long, Row>();
        var children = new HashMap<Long, List<Row>>();
        for (Row row : rows) {
            byId.put(row.id(), row);
            children.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>())
                    .add(row);
        }
        var result = new ArrayList<Topic>();
        appendSubtree(0L, children, byId, counts, result);
        return result;
    }

    /// The topic at `path`, outside the trash, with its note count.
    public Optional<Topic> get(TopicPath path) {
        return list().stream().filter(topic -> topic.path().equals(path)).findFirst();
    }

    private static void appendSubtree(
            long parent,
            Map<Long, List<Row>> children,
            Map<Long, Row> byId,
            Map<Long, Integer> counts,
            List<Topic> result) {
        var siblings = new ArrayList<>(children.getOrDefault(parent, List.of()));
        siblings.sort(Comparator.comparingInt(Row::position).thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        for (Row row : siblings) {
            result.add(new Topic(
                    pathOf(row, byId),
                    row.nameZh(),
                    row.description(),
                    row.position(),
                    counts.getOrDefault(row.id(), 0)));
            appendSubtree(row.id(), children, byId, counts, result);
        }
    }

    /// Ids of the topic at `id` and of every topic below it, in the trash or not.
    public List<Long> subtree(long id) {
        return sql.query("""
                WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT t.id FROM topics t JOIN below b ON t.parent_id = b.id)
                SELECT id FROM below""", r -> r.getLong(1), id);
    }

    private List<Row> rows() {
        return sql.query(
                "SELECT id, parent_id, name, name_zh, description, position, trashed IS NOT NULL FROM topics",
                r -> new Row(
                        r.getLong(1),
                        r.getObject(2) == null ? null : r.getLong(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getInt(6),
                        r.getBoolean(7)));
    }
}
