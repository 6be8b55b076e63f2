package papernotes.storage;

import java.nio.file.Path;

/// Another process has the library open; only one may write to it at a time.
public final class LibraryInUseException extends StorageException {

    public LibraryInUseException(Path dataDir) {
        super("The library in " + dataDir + " is in use by another PaperNotes process; close it and try again.");
    }
}
