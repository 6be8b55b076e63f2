package papernotes.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/// What replacing the library file needs of the file system: a folder's entries made durable after a rename, and a
/// partial file removed without failing the operation that left it.
final class DurableFiles {

    private DurableFiles() {}

    static void syncFolder(Path folder) {
        try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a folder (Windows cannot open one); the rename itself is atomic
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial file is never taken for a backup: its name says it is partial
        }
    }
}
