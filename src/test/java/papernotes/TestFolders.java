package papernotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/// Removes the folders tests make themselves (where JUnit's `@TempDir` does not fit: a library shared by a class's
/// tests, a window's library), so that a build leaves nothing in the temporary folder.
public final class TestFolders {

    private TestFolders() {}

    /// Deletes `folder` and everything in it; nothing when it is not there.
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the test folder " + folder, e);
        }
    }
}
