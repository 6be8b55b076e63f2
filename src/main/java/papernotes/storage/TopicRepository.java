package papernotes.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import papernotes.model.Topic;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

/// The topic tree. Names match ignoring ASCII case (`face swap` finds `Face Swap`); the stored spelling is kept.
public final class TopicRepository {

    private record Row(long id, Long parentId, String name, String nameZh, String description, int position) {
    }

    private final Sql sql;

    TopicRepository(Sql sql) {
        this.sql = sql;
    }

    /// The id of the topic at `path`, if it exists.
    public Optional<Long> find(TopicPath path) {
        Long parent = null;
        for (String name : path.names()) {
            var id = childId(parent, name);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            parent = id.get();
        }
        return Optional.ofNullable(parent);
    }

    /// The id of the topic at `path`, creating it and any missing parent, each placed after its existing siblings.
    public long ensure(TopicPath path) {
        Long parent = null;
        for (String name : path.names()) {
            var existing = childId(parent, name);
            if (existing.isPresent()) {
                parent = existing.get();
            } else {
                int position = sql.queryOne(
                        "SELECT ifnull(max(position), 0) + 1 FROM topics WHERE parent_id IS ?", r -> r.getInt(1), parent)
                        .orElse(1);
                parent = sql.insert("INSERT INTO topics (parent_id, name, position) VALUES (?, ?, ?)", parent, name, position);
            }
        }
        return parent;
    }

    /// Creates the topic or updates its display name, text and position.
    public long save(TopicDraft draft) {
        long id = ensure(draft.path());
        sql.update("UPDATE topics SET name_zh = ?, description = ?, position = ? WHERE id = ?",
                draft.nameZh(), draft.description(), draft.position(), id);
        return id;
    }

    private Optional<Long> childId(Long parent, String name) {
        return sql.queryOne("SELECT id FROM topics WHERE parent_id IS ? AND name = ? COLLATE NOCASE",
                r -> r.getLong(1), parent, name);
    }

    /// Every topic's path by id.
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

    /// All topics in tree order (each topic followed by its sub-topics; siblings by position, then name), with the
    /// number of notes outside the trash filed directly in each.
    public List<Topic> list() {
        var rows = rows();
        var counts = new HashMap<Long, Integer>();
        sql.query("SELECT topic_id, count(*) FROM notes WHERE trashed IS NULL GROUP BY topic_id", r -> {
            counts.put(r.getLong(1), r.getInt(2));
            return null;
        });
        var byId = new HashMap<Long, Row>();
        var children = new HashMap<Long, List<Row>>();
        for (Row row : rows) {
            byId.put(row.id(), row);
            children.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row);
        }
        var result = new ArrayList<Topic>();
        appendSubtree(0L, children, byId, counts, result);
        return result;
    }

    private static void appendSubtree(long parent, Map<Long, List<Row>> children, Map<Long, Row> byId,
                                      Map<Long, Integer> counts, List<Topic> result) {
        var siblings = new ArrayList<>(children.getOrDefault(parent, List.of()));
        siblings.sort(Comparator.comparingInt(Row::position).thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        for (Row row : siblings) {
            result.add(new Topic(pathOf(row, byId), row.nameZh(), row.description(), row.position(),
                    counts.getOrDefault(row.id(), 0)));
            appendSubtree(row.id(), children, byId, counts, result);
        }
    }

    /// Ids of the topic at `id` and of every topic below it.
    public List<Long> subtree(long id) {
        return sql.query("""
                WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT t.id FROM topics t JOIN below b ON t.parent_id = b.id)
                SELECT id FROM below""", r -> r.getLong(1), id);
    }

    private List<Row> rows() {
        return sql.query("SELECT id, parent_id, name, name_zh, description, position FROM topics", r -> new Row(
                r.getLong(1), r.getObject(2) == null ? null : r.getLong(2), r.getString(3), r.getString(4),
                r.getString(5), r.getInt(6)));
    }
}
