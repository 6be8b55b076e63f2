package papernotes.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/// What replacing the library file needs of the file system: a folder's entries made durable after a rename, and a
/// partial file removed without failing the operation that left it.
final class DurableFiles {

    private DurableFiles() {}

    static void syncFolder(Path folder) {
        try (var channel = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // not every platform can sync a folder (Windows cannot open one); the rename itself is atomic
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a leftover partial file is never taken for a backup: its name says it is partial
        }
    }
}
