package papernotes.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/// The library's SQLite file: the single source of truth. One connection, used by one thread at a time, with
/// WAL, `synchronous=FULL` and foreign keys on. Every [#write] is one `BEGIN IMMEDIATE` transaction that commits
/// whole or not at all; every [#read] sees one consistent snapshot. Between them no transaction is open, so no
/// lock is held on the file while the library sits idle.
public final class LibraryStore implements AutoCloseable {

    public static final String DATABASE_FILE = "library.db";
    static final int BUSY_TIMEOUT_MS = 5000;

    private final Path dataDir;
    private final LibraryLock lock;
    private final Connection connection;
    private final int versionBeforeOpen;
    private final ReentrantLock access = new ReentrantLock();
    private boolean inTransaction;
    private boolean inWrite;

    private LibraryStore(Path dataDir, LibraryLock lock, Connection connection, int versionBeforeOpen) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.connection = connection;
        this.versionBeforeOpen = versionBeforeOpen;
    }

    /// Opens (creating if needed) the library in `dataDir`, refusing when another process has it open.
    public static LibraryStore open(Path dataDir) {
        var dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot create the data folder " + dir + ": " + LibraryLock.describe(e) + ".", e);
        }
        var lock = LibraryLock.acquire(dir);
        var file = dir.resolve(DATABASE_FILE);
        try {
            var connection = config().createConnection("jdbc:sqlite:" + file);
            try {
                checkIsDatabase(connection, file);
                int before = Migrations.migrate(connection, file.toString());
                return new LibraryStore(dir, lock, connection, before);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            if (e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw notADatabase(file, e);
            }
            throw translate(e, "open the library " + file);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static SQLiteConfig config() {
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        return config;
    }

    private static void checkIsDatabase(Connection connection, Path file) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeQuery("SELECT count(*) FROM sqlite_schema").close();
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw notADatabase(file, e);
            }
            throw e;
        }
    }

    private static StorageException notADatabase(Path file, SQLException cause) {
        return new StorageException(file + " is not a PaperNotes library (it is not an SQLite database).", cause);
    }

    static StorageException translate(SQLException e, String action) {
        if (e instanceof SQLiteException sqlite) {
            var reason = switch (sqlite.getResultCode()) {
                case SQLITE_BUSY, SQLITE_LOCKED -> "the library is busy in another process";
                case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY, SQLITE_PERM ->
                        "the library folder is read-only";
                case SQLITE_FULL -> "the disk is full";
                case SQLITE_CORRUPT, SQLITE_NOTADB -> "the library file is damaged";
                case SQLITE_CANTOPEN -> "the file cannot be opened";
                case SQLITE_IOERR -> "a disk error occurred";
                default -> e.getMessage();
            };
            return new StorageException("Could not " + action + ": " + reason + ".", e);
        }
        return new StorageException("Could not " + action + ": " + e.getMessage() + ".", e);
    }

    /// Runs `work` over a consistent view of the library.
    public <T> T read(Function<StoreSession, T> work) {
        access.lock();
        try {
            if (inTransaction) {
                return work.apply(new StoreSession(connection));
            }
            execute("BEGIN DEFERRED", "read the library");
            inTransaction = true;
            try {
                return work.apply(new StoreSession(connection));
            } finally {
                inTransaction = false;
                execute("ROLLBACK", "finish reading");
            }
        } finally {
            access.unlock();
        }
    }

    /// Runs `work` in one transaction: everything it wrote is committed together, or, if it throws, nothing is.
    /// A write inside a write joins the outer transaction; a write inside a read is a programming error.
    public <T> T write(Function<StoreSession, T> work) {
        access.lock();
        try {
            if (inTransaction) {
                if (!inWrite) {
                    throw new IllegalStateException("write() called inside read()");
                }
                return work.apply(new StoreSession(connection));
            }
            execute("BEGIN IMMEDIATE", "start saving");
            inTransaction = true;
            inWrite = true;
            try {
                T result = work.apply(new StoreSession(connection));
                execute("COMMIT", "save the change");
                return result;
            } catch (RuntimeException | Error e) {
                rollback();
                throw e;
            } finally {
                inTransaction = false;
                inWrite = false;
            }
        } finally {
            access.unlock();
        }
    }

    private void execute(String sql, String action) {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translate(e, action);
        }
    }

    private void rollback() {
        try (var statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction left to roll back (a failed COMMIT can end it); the original failure is reported
        }
    }

    /// Whether this open created the library (it had no schema before).
    public boolean isNew() {
        return versionBeforeOpen == 0;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path databaseFile() {
        return dataDir.resolve(DATABASE_FILE);
    }

    public int schemaVersion() {
        return read(session -> session.query("PRAGMA user_version", r -> r.getInt(1)).getFirst());
    }

    /// The connection settings as SQLite reports them, for checks and diagnostics.
    public Map<String, String> pragmas() {
        return read(session -> {
            var result = new LinkedHashMap<String, String>();
            for (String name : new String[] {"journal_mode", "synchronous", "foreign_keys", "busy_timeout", "encoding"}) {
                result.put(name, session.query("PRAGMA " + name, r -> r.getString(1)).getFirst());
            }
            return result;
        });
    }

    /// Runs SQLite's own consistency check; `ok` when the file is sound.
    public String integrityCheck() {
        return read(session -> String.join("\n", session.query("PRAGMA integrity_check", r -> r.getString(1))));
    }

    @Override
    public void close() {
        access.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e, "close the library");
        } finally {
            lock.close();
            access.unlock();
        }
    }
}
