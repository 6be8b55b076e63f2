package papernotes.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/// Library files that are not open as the library: backups to check and copies to restore. Each call opens its own
/// short-lived connection to the file and closes it before returning; none of them ever touches `library.db` of an
/// open library.
public final class LibraryFiles {

    /// What a library file holds, as far as a person deciding to restore it needs to know.
    public record Contents(int schemaVersion, int notes, int trashed, Optional<Instant> lastChange) {}

    private static final List<String> TABLES =
            List.of("meta", "topics", "notes", "note_aliases", "tags", "note_tags", "revisions");

    private LibraryFiles() {}

    /// Checks that `file` is a sound PaperNotes library this version can open: an SQLite database that passes
    /// `PRAGMA integrity_check` and `foreign_key_check`, with the library's tables and a schema version from 1 to
    /// the latest. `name` is how messages call it. Throws [StorageException] saying what is wrong.
    public static Contents check(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(name + " is not a file.");
        }
        try (var connection = connect(file)) {
            int version;
            try {
                version = Migrations.currentVersion(connection);
                String integrity = String.join("; ", strings(connection, "PRAGMA integrity_check"));
                if (!integrity.equals("ok")) {
                    throw new StorageException(
                            name + " is damaged (SQLite's integrity check says: " + abbreviate(integrity) + ").");
                }
            } catch (SQLiteException e) {
                if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                    throw new StorageException(
                            name + " is not a PaperNotes library (it is not an SQLite database).", e);
                }
                if (e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                    throw new StorageException(name + " is damaged (SQLite cannot read it).", e);
                }
                throw e;
            }
            var tables = strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'table'");
            var missing = TABLES.stream().filter(t -> !tables.contains(t)).toList();
            if (version < 1 || !missing.isEmpty()) {
                throw new StorageException(name + " is not a PaperNotes library (it has no "
                        + String.join(", ", missing.isEmpty() ? TABLES : missing) + " table"
                        + (missing.size() == 1 ? "" : "s") + ").");
            }
            if (version > Migrations.latestVersion()) {
                throw new StorageException(
                        name + " was written by a newer PaperNotes (schema " + version + ", this version knows up to "
                                + Migrations.latestVersion() + "); update PaperNotes to restore it.");
            }
            if (!strings(connection, "PRAGMA foreign_key_check").isEmpty()) {
                throw new StorageException(name + " is damaged (rows refer to rows that do not exist).");
            }
            var counts = strings(
                            connection,
                            "SELECT (SELECT count(*) FROM notes WHERE trashed IS NULL) || ' ' || "
                                    + "(SELECT count(*) FROM notes WHERE trashed IS NOT NULL) || ' ' || "
                                    + "ifnull((SELECT max(max(updated, ifnull(trashed, ''))) FROM notes), '')")
                    .getFirst()
                    .split(" ", -1);
            return new Contents(
                    version,
                    Integer.parseInt(counts[0]),
                    Integer.parseInt(counts[1]),
                    counts[2].isEmpty() ? Optional.empty() : Optional.of(Timestamps.parse(counts[2])));
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "read " + name);
        }
    }

    /// Brings a checked library file to the latest schema and makes it one self-contained file (rollback journal, no
    /// `-wal` beside it), ready to take the place of `library.db`.
    public static void upgrade(Path file, String name) {
        try (var connection = connect(file)) {
            Migrations.migrate(connection, name);
            try (var statement = connection.createStatement()) {
                statement.executeQuery("PRAGMA journal_mode = DELETE").close();
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "upgrade " + name);
        }
        try {
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        } catch (IOException e) {
            throw new StorageException("Could not tidy up beside " + name + ": " + e.getMessage() + ".", e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        var config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(LibraryStore.BUSY_TIMEOUT_MS);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            var result = new ArrayList<String>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
