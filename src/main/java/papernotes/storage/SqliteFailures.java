package papernotes.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/// SQLite's failures as users are told them: one sentence saying what could not be done and why.
public final class SqliteFailures {

    private SqliteFailures() {}

    /// A failure of SQLite said in one sentence: "Could not ACTION: REASON." (also for the measuring tools' FTS5
    /// baseline).
    public static StorageException translate(SQLException e, String action) {
        if (e instanceof SQLiteException sqlite) {
            // extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_ROLLBACK…) are said as their family
            var reason = switch (family(sqlite)) {
                case SQLITE_BUSY, SQLITE_LOCKED -> "the library is busy in another process";
                case SQLITE_READONLY, SQLITE_PERM -> "the library folder is read-only";
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

    /// The primary result code of `e`, without the extended part.
    static SQLiteErrorCode family(SQLiteException e) {
        return SQLiteErrorCode.getErrorCode(e.getResultCode().code & 0xff);
    }
}
