package papernotes.storage;

import java.util.Optional;

/// Small named facts about the library (for example when it was filled with the shipped notes).
public final class MetaRepository {

    private final Sql sql;

    MetaRepository(Sql sql) {
        this.sql = sql;
    }

    public Optional<String> get(String key) {
        return sql.queryOne("SELECT value FROM meta WHERE key = ?", r -> r.getString(1), key);
    }

    public void put(String key, String value) {
        sql.update(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key,
                value);
    }
}
