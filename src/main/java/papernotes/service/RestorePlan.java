package papernotes.service;

import java.nio.file.Path;
import java.util.Optional;

/// A library file checked and prepared to replace the library (see [LibraryFolder#planRestore]): what it holds and
/// what the library it would replace holds now. Closing a plan that was not carried out deletes the prepared copy.
public record RestorePlan(
        Path source, Path prepared, LibraryContents incoming, Optional<LibraryContents> current, Path dataDir)
        implements AutoCloseable {

    @Override
    public void close() {
        Folders.deleteQuietly(prepared);
    }
}
