package papernotes.service;

import java.nio.file.Path;

/// How the restore of a backup confirmed in the window went, told to the window that opens after it.
public sealed interface RestoreOutcome {

    /// The backup in `source` replaced the library.
    record Done(Path source, LibraryFolder.Restored restored) implements RestoreOutcome {}

    /// The backup in `source` was not restored, for `reason` (one sentence); the library is as it was.
    record Failed(Path source, String reason) implements RestoreOutcome {}
}
