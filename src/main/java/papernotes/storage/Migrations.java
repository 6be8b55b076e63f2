package papernotes.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/// Brings a library file to the schema this version of PaperNotes uses. Each migration is a SQL script under
/// `papernotes/storage/migrations/`, applied in one transaction together with the new `user_version`, so a
/// library is always at one version or the next, never in between.
final class Migrations {

    /// The scripts in order; script N takes the schema from version N-1 to N.
    static final List<String> SCRIPTS = List.of(
            "V001__library.sql",
            "V002__change_sequence.sql",
            "V003__paper_fields.sql",
            "V004__topic_trash.sql",
            "V005__note_links.sql",
            "V006__citekeys.sql",
            "V007__listing_indexes.sql",
            "V008__purged_notes.sql",
            "V009__paper_details.sql",
            "V010__note_files.sql",
            "V011__reading_status.sql",
            "V012__sync_conflicts.sql");

    private Migrations() {}

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /// Applies every missing migration. Returns the version the library had before.
    static int migrate(Connection connection, String location) throws SQLException {
        int version = currentVersion(connection);
        if (version > latestVersion()) {
            throw new StorageException("The library " + location + " was written by a newer PaperNotes (schema "
                    + version + ", this version knows up to " + latestVersion() + "); update PaperNotes to open it.");
        }
        for (int next = version + 1; next <= latestVersion(); next++) {
            apply(connection, next);
        }
        return version;
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            for (String sql : statements(read(SCRIPTS.get(version - 1)))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String script) {
        var resource = "/papernotes/storage/migrations/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + resource, e);
        }
    }

    /// Splits a script into statements at semicolons that end a line; comments are dropped. Our scripts contain
    /// no triggers, so no statement has an inner `;` at the end of a line.
    static List<String> statements(String script) {
        var result = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : script.split("\n", 0)) {
            var trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
