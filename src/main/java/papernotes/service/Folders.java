package papernotes.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/// Deleting folders the application made for itself (staging folders of imports, the derived search index).
final class Folders {

    private Folders() {}

    /// Deletes `folder` and everything in it, without following links; what cannot be deleted is left.
    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // left for the next attempt; nothing reads these folders
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }
}
