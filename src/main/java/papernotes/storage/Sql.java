package papernotes.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/// Small JDBC helpers shared by the repositories: parameters bound in order, rows mapped, failures turned into
/// [StorageException] with a sentence that says what was being done.
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /// The most values one `IN (…)` is given; longer lists are read in slices of this many.
    static final int BATCH = 500;

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, @Nullable Object... params) {
        try (var statement = prepare(sql, params);
                var rows = statement.executeQuery()) {
            var result = new ArrayList<T>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "read the library");
        }
    }

    /// Hands each row to `reader`, for queries that fill a collection of their own.
    void forEach(String sql, RowReader reader, @Nullable Object... params) {
        try (var statement = prepare(sql, params);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "read the library");
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, @Nullable Object... params) {
        var rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    int update(String sql, @Nullable Object... params) {
        try (var statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "save the change");
        }
    }

    long insert(String sql, @Nullable Object... params) {
        try (var statement = prepare(sql, params)) {
            statement.executeUpdate();
            try (var keys = connection.createStatement().executeQuery("SELECT last_insert_rowid()")) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "save the change");
        }
    }

    private PreparedStatement prepare(String sql, @Nullable Object... params) throws SQLException {
        var statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                bind(statement, i + 1, params[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case Optional<?> optional -> bind(statement, index, optional.orElse(null));
            case String text -> statement.setString(index, text);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            case Instant instant -> statement.setString(index, Timestamps.format(instant));
            default -> throw new IllegalArgumentException("Cannot bind " + value.getClass());
        }
    }

    /// `values` without repeats, in slices of at most [#BATCH], each small enough for one `IN (…)`.
    static <T> List<List<T>> batches(Collection<T> values) {
        var all = List.copyOf(new LinkedHashSet<>(values));
        var slices = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += BATCH) {
            slices.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return slices;
    }

    /// One `?` for each of `values`, separated by commas.
    static String placeholders(List<?> values) {
        return "?,".repeat(values.size() - 1) + "?";
    }
}
