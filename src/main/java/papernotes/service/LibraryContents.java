package papernotes.service;

import java.time.Instant;
import java.util.Optional;

/// What a library (open, or a file to restore) holds, as far as a person deciding to replace it needs to know:
/// its notes outside and in the trash, when a note was last changed, and its schema version.
public record LibraryContents(int notes, int trashed, Optional<Instant> lastChanged, int schemaVersion) {}
