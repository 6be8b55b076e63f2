package papernotes.model;

import java.util.Comparator;
import java.util.Optional;

/// Whether the paper of a note is to be read, being read or read, and how soon: each may be absent, apart from
/// the other (docs/decisions/0022-reading-status.md).
public record Reading(Optional<ReadingStatus> status, Optional<ReadingPriority> priority) {

    /// No status and no priority: a note like most.
    public static final Reading NONE = new Reading(Optional.empty(), Optional.empty());

    /// Priority first (high, medium, low, none), then status (to read, reading, read, none): what to read next
    /// comes first.
    public static final Comparator<Reading> BY_PRIORITY =
            Comparator.comparingInt((Reading r) -> rank(r.priority())).thenComparingInt(r -> rank(r.status()));

    /// Status first (to read, reading, read, none), then priority (high, medium, low, none).
    public static final Comparator<Reading> BY_STATUS =
            Comparator.comparingInt((Reading r) -> rank(r.status())).thenComparingInt(r -> rank(r.priority()));

    public static Reading of(ReadingStatus status) {
        return new Reading(Optional.of(status), Optional.empty());
    }

    public Reading withStatus(Optional<ReadingStatus> newStatus) {
        return new Reading(newStatus, priority);
    }

    public Reading withPriority(Optional<ReadingPriority> newPriority) {
        return new Reading(status, newPriority);
    }

    public boolean isEmpty() {
        return status.isEmpty() && priority.isEmpty();
    }

    /// An enum constant's place, absence last.
    private static int rank(Optional<? extends Enum<?>> value) {
        return value.map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
