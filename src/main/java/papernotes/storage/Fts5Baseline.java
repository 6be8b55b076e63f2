package papernotes.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/// What a user would get from SQLite's own full-text search over the same notes, for side-by-side measurement:
/// FTS5 with the `unicode61` tokenizer, and FTS5 with the `trigram` tokenizer plus a `LIKE` scan for query words
/// under three characters (trigram matches nothing shorter). Each lives in its own in-memory database. Words must
/// all match; when none does, any word may (the same relaxation PaperNotes gets). Ranked by bm25.
public final class Fts5Baseline implements AutoCloseable {

    /// A note as the baseline indexes it: id, then all searchable text.
    public record Document(String id, String title, String text) {
    }

    public enum Tokenizer { UNICODE61, TRIGRAM }

    private final Connection connection;
    private final Tokenizer tokenizer;

    public Fts5Baseline(Tokenizer tokenizer, List<Document> documents) {
        this.tokenizer = tokenizer;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite::memory:");
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text, tokenize = '"
                        + (tokenizer == Tokenizer.TRIGRAM ? "trigram" : "unicode61") + "')");
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
            throw LibraryStore.translate(e, "build the FTS5 baseline");
        }
    }

    /// Ids of the best `limit` documents for `query`.
    public List<String> search(String query, int limit) {
        var words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        var all = run(words, " AND ", limit);
        return all.isEmpty() && words.size() > 1 ? run(words, " OR ", limit) : all;
    }

    private List<String> run(List<String> words, String joiner, int limit) {
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
        var sql = "SELECT id FROM docs WHERE " + String.join(joiner, conditions)
                + (match.isEmpty() || joiner.equals(" OR ") && !like.isEmpty() ? "" : " ORDER BY rank") + " LIMIT " + limit;
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setString(i + 1, params.get(i));
            }
            var ids = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
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
            throw LibraryStore.translate(e, "close the FTS5 baseline");
        }
    }
}
