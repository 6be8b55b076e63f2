package papernotes.model;

import java.time.Instant;
import java.util.Optional;

/// A note as found in the store: in the library, or in the trash since `trashed`.
public record StoredNote(Note note, Optional<Instant> trashed) {

    public boolean isTrashed() {
        return trashed.isPresent();
    }
}
