package papernotes.service;

import java.time.Instant;
import java.util.Optional;
import papernotes.model.NoteDraft;

/// A note read from outside the library and checked, ready to be planned: the note, the times it carries (when
/// the source gives valid ones) and where it came from, for messages (`vault/Face Swap/FSGAN.md`).
public record ImportedNote(NoteDraft draft, Optional<Instant> created, Optional<Instant> updated, String file) {}
