package papernotes.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// An exclusive OS lock on `library.lock` in the data folder, held while the library is open, so that a second
/// process is refused instead of writing beside the first. The lock lives in its own file: closing any descriptor
/// of the database file itself would drop SQLite's POSIX locks (docs/decisions/0003-library-schema.md).
final class LibraryLock implements AutoCloseable {

    static final String FILE_NAME = "library.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path dataDir) {
        FileChannel channel;
        try {
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageException("Cannot open the library in " + dataDir + ": " + describe(e) + ".", e);
        }
        try {
            var lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new LibraryInUseException(dataDir);
            }
            return new LibraryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new LibraryInUseException(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Cannot lock the library in " + dataDir + ": " + describe(e) + ".", e);
        }
    }

    static String describe(IOException e) {
        var message = e.getMessage();
        return switch (e) {
            case AccessDeniedException _ -> "permission denied";
            case NoSuchFileException _ -> "the folder does not exist";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> message == null ? e.getClass().getSimpleName() : message;
        };
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
