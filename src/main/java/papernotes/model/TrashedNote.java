package papernotes.model;

import java.time.Instant;

/// A note in the trash, with when it was put there.
public record TrashedNote(NoteSummary note, Instant trashed) {}
