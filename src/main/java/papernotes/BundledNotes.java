package papernotes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import papernotes.interchange.Vault;
import papernotes.interchange.VaultReader;

/// The notes PaperNotes ships with: the repository's `notes/` folder, packaged under `papernotes/seed/`.
final class BundledNotes {

    static final String MARKER = "/papernotes/seed/_library.md";

    private BundledNotes() {}

    static Vault read() {
        var url = BundledNotes.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("The shipped notes are missing from this build (" + MARKER + ")");
        }
        try {
            var uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (var jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new VaultReader()
                            .read(Objects.requireNonNull(jar.getPath(MARKER).getParent()));
                }
            }
            return new VaultReader().read(Objects.requireNonNull(Path.of(uri).getParent()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read the shipped notes", e);
        }
    }
}
