package papernotes.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.model.NoteId;

/// The notes' meaning vectors (docs/decisions/0015), in `vectors.db` beside the library: derived data that costs
/// minutes to compute, kept so that nothing is computed again at start or when the search index is rebuilt. Each
/// vector is stamped with the model that made it and the hash of the text it was made from; a note whose text
/// changed, or a vector of another model, is stale. Not part of backups: it can always be computed again.
public final class VectorStore implements AutoCloseable {

    public static final String FILE = "vectors.db";

    /// What a vector was made from.
    public record Stamp(String model, String textHash) {}

    /// A note's vector and its stamp.
    // A vector is read once and handed on; entries are never compared.
    @SuppressWarnings("ArrayRecordComponent")
    public record Entry(NoteId id, Stamp stamp, byte[] vector) {}

    private final Connection connection;

    private VectorStore(Connection connection) {
        this.connection = connection;
    }

    /// Opens (creating) the store in `folder`. A damaged file is started afresh: its vectors are computed again.
    public static VectorStore open(Path folder) {
        var file = folder.resolve(FILE);
        try {
            return new VectorStore(connect(file));
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling(FILE + "-wal"));
                Files.deleteIfExists(file.resolveSibling(FILE + "-shm"));
                return new VectorStore(connect(file));
            } catch (SQLException | IOException again) {
                throw new StorageException(
                        "Cannot open the meaning vectors in " + file + ": " + again.getMessage(), again);
            }
        }
    }

    private static Connection connect(Path file) throws SQLException {
        var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS vectors (
                      note_id TEXT PRIMARY KEY,
                      model TEXT NOT NULL,
                      text_hash TEXT NOT NULL,
                      vector BLOB NOT NULL)""");
            statement.executeQuery("SELECT count(*) FROM vectors").close();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /// Every note's stamp.
    public synchronized Map<NoteId, Stamp> stamps() {
        var result = new HashMap<NoteId, Stamp>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT note_id, model, text_hash FROM vectors")) {
            while (rows.next()) {
                result.put(new NoteId(rows.getString(1)), new Stamp(rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the meaning vectors: " + e.getMessage(), e);
        }
        return result;
    }

    /// The stamps of those of `ids` that have a vector.
    public synchronized Map<NoteId, Stamp> stamps(Collection<NoteId> ids) {
        var result = new HashMap<NoteId, Stamp>();
        try (var statement = connection.prepareStatement("SELECT model, text_hash FROM vectors WHERE note_id = ?")) {
            for (var id : ids) {
                statement.setString(1, id.value());
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        result.put(id, new Stamp(rows.getString(1), rows.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the meaning vectors: " + e.getMessage(), e);
        }
        return result;
    }

    /// The vector of `id` made by `model`, if there is one.
    public synchronized Optional<byte[]> vector(NoteId id, String model) {
        try (var statement =
                connection.prepareStatement("SELECT vector FROM vectors WHERE note_id = ? AND model = ?")) {
            statement.setString(1, id.value());
            statement.setString(2, model);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the meaning vectors: " + e.getMessage(), e);
        }
    }

    /// Stores `entries`, replacing the notes' earlier vectors, in one transaction.
    public synchronized void putAll(List<Entry> entries) {
        write(() -> {
            try (var statement = connection.prepareStatement(
                    "INSERT OR REPLACE INTO vectors (note_id, model, text_hash, vector) VALUES (?, ?, ?, ?)")) {
                for (var entry : entries) {
                    statement.setString(1, entry.id().value());
                    statement.setString(2, entry.stamp().model());
                    statement.setString(3, entry.stamp().textHash());
                    statement.setBytes(4, entry.vector());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /// Forgets the vectors of `ids` (notes deleted).
    public synchronized void removeAll(Collection<NoteId> ids) {
        write(() -> {
            try (var statement = connection.prepareStatement("DELETE FROM vectors WHERE note_id = ?")) {
                for (var id : ids) {
                    statement.setString(1, id.value());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void write(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot store the meaning vectors: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close the meaning vectors: " + e.getMessage(), e);
        }
    }
}
