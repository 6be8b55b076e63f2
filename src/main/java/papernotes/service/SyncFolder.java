package papernotes.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/// The working tree of a library's sync repository (`<data>/sync/`): made exactly the files given, each written only
/// when its bytes differ, every other file (but git's own `.git/`) removed.
final class SyncFolder {

    private SyncFolder() {}

    static void write(Path folder, Map<String, byte[]> files) {
        try {
            Files.createDirectories(folder);
            List<Path> present;
            try (var walk = Files.walk(folder)) {
                present = walk.filter(Files::isRegularFile)
                        .filter(path -> !folder.relativize(path).startsWith(".git"))
                        .toList();
            }
            for (Path path : present) {
                var relative = folder.relativize(path).toString().replace('\\', '/');
                if (!files.containsKey(relative)) {
                    Files.delete(path);
                }
            }
            for (var entry : files.entrySet()) {
                var path = folder.resolve(entry.getKey());
                if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), entry.getValue())) {
                    continue;
                }
                Files.createDirectories(path.getParent());
                Files.write(path, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The sync folder " + folder + " could not be written", e);
        }
    }
}
