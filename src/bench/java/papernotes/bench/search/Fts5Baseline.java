package papernotes.bench.search;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import papernotes.storage.SqliteFailures;

/// What a user would get from SQLite's own full-text search over the same notes, for side-by-side measurement:
/// FTS5 with the `unicode61` tokenizer, and FTS5 with the `trigram` tokenizer plus a `LIKE` scan for query words
/// under three characters (trigram matches nothing shorter). Each lives in its own in-memory database. Words must
/// all match; when none does, any word may (the same relaxation PaperNotes gets). Ranked by bm25.
public final class Fts5Baseline implements AutoCloseable {

    /// A note as the baseline indexes it: id, then all searchable text.
    public record Document(String id, String title, String text) {}

    public enum Tokenizer {
        UNICODE61,
        TRIGRAM
    }

    /// A hit with its snippet (FTS5's `snippet()` over the text, or the `LIKE` word's surroundings).
    public record Hit(String id, String snippet) {}

    private final Connection connection;
    private final Tokenizer tokenizer;

    private Fts5Baseline(Tokenizer tokenizer, Connection connection) {
        this.tokenizer = tokenizer;
        this.connection = connection;
    }

    /// Builds the baseline in the database file `file` (which must not exist) from the live notes of the library
    /// file `library` (title and body), in one transaction, as an application using FTS5 would (WAL journal); the
    /// time this takes is the baseline's full build.
    public static Fts5Baseline fromLibrary(Tokenizer tokenizer, Path library, Path file) {
        try {
            var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("ATTACH DATABASE '" + library.toString().replace("'", "''") + "' AS lib");
                statement.execute(create(tokenizer));
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO docs (id, title, text) SELECT id, title, body FROM lib.notes "
                        + "WHERE trashed IS NULL");
                connection.commit();
                connection.setAutoCommit(true);
                statement.execute("DETACH DATABASE lib");
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return new Fts5Baseline(tokenizer, connection);
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "build the FTS5 baseline");
        }
    }

    /// Bytes of the baseline's index alone: its database file less the copy of the text FTS5 keeps in its content
    /// table.
    public long indexBytes() {
        try (var statement = connection.createStatement()) {
            long pages;
            try (var rows = statement.executeQuery(
                    "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) {
                pages = rows.next() ? rows.getLong(1) : 0;
            }
            long text;
            try (var rows = statement.executeQuery(
                    "SELECT SUM(LENGTH(CAST(title AS BLOB)) + LENGTH(CAST(text AS BLOB))) FROM docs")) {
                text = rows.next() ? rows.getLong(1) : 0;
            }
            return pages - text;
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "measure the FTS5 baseline");
        }
    }

    /// The SQLite version in use (for benchmark reports).
    public static String sqliteVersion() {
        try (var connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                var rows = connection.createStatement().executeQuery("SELECT sqlite_version()")) {
            return rows.next() ? rows.getString(1) : "unknown";
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "read the SQLite version");
        }
    }

    private static String create(Tokenizer tokenizer) {
        return "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text, tokenize = '"
                + (tokenizer == Tokenizer.TRIGRAM ? "trigram" : "unicode61") + "')";
    }

    public Fts5Baseline(Tokenizer tokenizer, List<Document> documents) {
        this.tokenizer = tokenizer;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (var statement = connection.createStatement()) {
                statement.execute(create(tokenizer));
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO docs (id, title, text) VALUES (?, ?, ?)")) {
                for (Document doc : documents) {
                    insert.setString(1, doc.id());
                    insert.setString(2, doc.title());
                    insert.setString(3, doc.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "build the FTS5 baseline");
        }
    }

    /// Ids of the best `limit` documents for `query`.
    public List<String> search(String query, int limit) {
        return hits(query, limit, false).stream().map(Hit::id).toList();
    }

    /// The best `limit` documents for `query`, each with a snippet of its text (up to 16 tokens around the match).
    public List<Hit> searchWithSnippets(String query, int limit) {
        return hits(query, limit, true);
    }

    private List<Hit> hits(String query, int limit, boolean snippets) {
        var words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        var all = run(words, " AND ", limit, snippets);
        return all.isEmpty() && words.size() > 1 ? run(words, " OR ", limit, snippets) : all;
    }

    private List<Hit> run(List<String> words, String joiner, int limit, boolean snippets) {
        var match = new ArrayList<String>();
        var like = new ArrayList<String>();
        for (String word : words) {
            if (tokenizer == Tokenizer.TRIGRAM && word.codePointCount(0, word.length()) < 3) {
                like.add(word);
            } else {
                match.add("\"" + word.replace("\"", "\"\"") + "\"");
            }
        }
        var conditions = new ArrayList<String>();
        var params = new ArrayList<String>();
        if (!match.isEmpty()) {
            conditions.add("docs MATCH ?");
            params.add(String.join(joiner.equals(" AND ") ? " AND " : " OR ", match));
        }
        for (String word : like) {
            conditions.add("(title LIKE ? OR text LIKE ?)");
            var pattern = "%" + word.replace("%", "").replace("_", "") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        // FTS5 makes snippets only for MATCH queries; a LIKE-only query shows the text around the word
        var snippet = !snippets
                ? "''"
                : match.isEmpty()
                        ? "substr(text, max(1, instr(text, ?) - 40), 100)"
                        : "snippet(docs, 2, '[', ']', '…', 16)";
        if (snippets && match.isEmpty()) {
            params.addFirst(like.getFirst());
        }
        var sql = "SELECT id, " + snippet + " FROM docs WHERE " + String.join(joiner, conditions)
                + (match.isEmpty() || joiner.equals(" OR ") && !like.isEmpty() ? "" : " ORDER BY rank") + " LIMIT "
                + limit;
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setString(i + 1, params.get(i));
            }
            var hits = new ArrayList<Hit>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(new Hit(rows.getString(1), rows.getString(2)));
                }
            }
            return hits;
        } catch (SQLException e) {
            return List.of();
        }
    }

    /// The query's words: runs of letters and digits, lower case (what a simple search box passes on).
    static List<String> words(String query) {
        var words = new LinkedHashSet<String>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "close the FTS5 baseline");
        }
    }
}
