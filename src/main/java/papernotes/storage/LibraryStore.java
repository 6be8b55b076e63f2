package papernotes.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(LibraryStore.class);
    private final Path dataDir;
    private final LibraryLock lock;
    private final Connection connection;
    private final int versionBeforeOpen;
    private final ReentrantLock access = new ReentrantLock();
    private boolean inTransaction;
    private boolean inWrite;

    /// The library file as the operating system knows it when it was opened (its inode on Linux; "no key" where the
    /// system has none, "missing" when it cannot be read), to tell when it has been deleted or moved away under the
    /// open connection.
    private final Object fileKey;

    private LibraryStore(Path dataDir, LibraryLock lock, Connection connection, int versionBeforeOpen) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.connection = connection;
        this.fileKey = fileKey(dataDir.resolve(DATABASE_FILE));
        this.versionBeforeOpen = versionBeforeOpen;
    }

    /// Opens (creating if needed) the library in `dataDir`, refusing when another process has it open.
    public static LibraryStore open(Path dataDir) {
        var dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException(
                    "Cannot create the data folder " + dir + ": " + LibraryLock.describe(e) + ".", e);
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
            throw SqliteFailures.translate(e, "open the library " + file);
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

    /// A write that failed with a disk error, said as the disk having turned read-only when the data folder no
    /// longer takes a file: what Linux does to a filesystem that met an error (`errors=remount-ro`), which SQLite
    /// only sees as a failed write.
    private RuntimeException explained(RuntimeException e) {
        if (e instanceof StorageException
                && e.getCause() instanceof SQLiteException sqlite
                && (SqliteFailures.family(sqlite) == SQLiteErrorCode.SQLITE_IOERR
                        || SqliteFailures.family(sqlite) == SQLiteErrorCode.SQLITE_READONLY)
                && folderIsReadOnly()) {
            return new StorageException(
                    "Could not save the change: the disk holding the library has turned " + "read-only (" + dataDir
                            + ").",
                    e);
        }
        return e;
    }

    /// Whether the data folder no longer takes a file: its filesystem says it is read-only, or a file cannot be made
    /// in it for any reason but permission (which SQLite reports as read-only itself). Judged by the exception's
    /// type, not its text, which the system may give in the user's language.
    private boolean folderIsReadOnly() {
        try {
            if (Files.getFileStore(dataDir).isReadOnly()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        Path probe;
        try {
            probe = Files.createTempFile(dataDir, ".papernotes-probe-", "");
        } catch (AccessDeniedException | NoSuchFileException e) {
            return false;
        } catch (FileSystemException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            LOG.debug("Removing {}: {}", probe, e.toString());
        }
        return false;
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

    /// Refuses to write when the library file is no longer where it was opened (its folder deleted or moved while
    /// PaperNotes runs): SQLite would go on writing to the deleted file, and every save would be lost when the app
    /// closes. Reads the file's attributes only (no descriptor is opened on the database file).
    private void requireFileInPlace() {
        var file = dataDir.resolve(DATABASE_FILE);
        if (!fileKey.equals(fileKey(file))) {
            throw new StorageException("The library file " + file + " is no longer there (its folder was deleted or"
                    + " moved while PaperNotes was running), so nothing was saved; put the folder back, or copy your"
                    + " text elsewhere before closing.");
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Optional.<Object>ofNullable(Files.readAttributes(file, BasicFileAttributes.class)
                            .fileKey())
                    .orElse("no key");
        } catch (IOException e) {
            return "missing";
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
            requireFileInPlace();
            try {
                execute("BEGIN IMMEDIATE", "start saving");
            } catch (RuntimeException e) {
                throw explained(e);
            }
            inTransaction = true;
            inWrite = true;
            try {
                T result = work.apply(new StoreSession(connection));
                execute("COMMIT", "save the change");
                return result;
            } catch (RuntimeException e) {
                rollback();
                throw explained(e);
            } catch (Error e) {
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
            throw SqliteFailures.translate(e, action);
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

    /// The schema version this PaperNotes writes.
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public int schemaVersion() {
        return read(session ->
                session.query("PRAGMA user_version", r -> r.getInt(1)).getFirst());
    }

    /// The connection settings as SQLite reports them, for checks and diagnostics.
    public Map<String, String> pragmas() {
        return read(session -> {
            var result = new LinkedHashMap<String, String>();
            for (String name :
                    new String[] {"journal_mode", "synchronous", "foreign_keys", "busy_timeout", "encoding"}) {
                result.put(
                        name,
                        session.query("PRAGMA " + name, r -> r.getString(1)).getFirst());
            }
            return result;
        });
    }

    /// Runs SQLite's own consistency check; `ok` when the file is sound.
    public String integrityCheck() {
        return read(session -> String.join("\n", session.query("PRAGMA integrity_check", r -> r.getString(1))));
    }

    /// Writes a consistent copy of the library to `target` (which must not exist): `VACUUM INTO` a temporary file
    /// beside it, `PRAGMA integrity_check` on that copy, then an atomic rename, so that `target` is either a sound
    /// library or absent. Writes wait while the copy is made. Returns what the copy holds.
    public LibraryFiles.Contents backupTo(Path target) {
        var file = target.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException("Cannot back up to " + file + ": the file already exists.");
        }
        var folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new StorageException("Cannot back up to " + file + ": it is not a file in a folder.");
        }
        Path partial;
        try {
            Files.createDirectories(folder);
            partial = folder.resolve(".partial-" + UUID.randomUUID() + ".db");
        } catch (IOException e) {
            throw new StorageException("Cannot back up to " + file + ": " + LibraryLock.describe(e) + ".", e);
        }
        try {
            access.lock();
            try {
                if (inTransaction) {
                    throw new IllegalStateException("backupTo() called inside a transaction");
                }
                try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
                    statement.setString(1, partial.toString());
                    statement.execute();
                } catch (SQLException e) {
                    throw SqliteFailures.translate(e, "back up the library to " + file);
                }
            } finally {
                access.unlock();
            }
            var contents = LibraryFiles.check(partial, "The backup " + file);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw new StorageException("Cannot back up to " + file + ": the file already exists.", e);
            } catch (IOException e) {
                throw new StorageException("Cannot back up to " + file + ": " + LibraryLock.describe(e) + ".", e);
            }
            return contents;
        } finally {
            DurableFiles.deleteQuietly(partial);
        }
    }

    /// Closes the library and puts `replacement` (a checked, self-contained library file on the same disk, see
    /// [LibraryFiles]) in the place of `library.db` while still holding the library lock, so that no other
    /// PaperNotes process has it open meanwhile. Closing the only connection folds the write-ahead log into the old
    /// file; the `-wal` and `-shm` files left, if any, are deleted before the rename, so the new file is never
    /// paired with the old file's log.
    public void closeReplacingWith(Path replacement) {
        access.lock();
        try {
            try {
                connection.close();
            } catch (SQLException e) {
                throw SqliteFailures.translate(e, "close the library");
            }
            var file = databaseFile();
            try {
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
                Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                DurableFiles.syncFolder(dataDir);
            } catch (IOException e) {
                throw new StorageException(
                        "Could not put " + replacement + " in the place of " + file + ": " + LibraryLock.describe(e)
                                + ".",
                        e);
            }
        } finally {
            lock.close();
            access.unlock();
        }
    }

    @Override
    public void close() {
        access.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e, "close the library");
        } finally {
            lock.close();
            access.unlock();
        }
    }
}
