package papernotes.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// A note both libraries changed in the same field since they last agreed, as a sync met it (issue #22): the three
/// states whole, and for each field that conflicted the side whose value the merged note kept. Both bodies stay here
/// whole, so nothing either side wrote is lost and the user can settle it later.
///
/// It lives in `model`, not in `git` which makes it, because `service` hands it on to `ui` and `cli`, which may not
/// see `git`.
///
/// The side is told field by field: it is the side edited later, but when both were saved at the same instant each
/// field keeps the greater of its two values, and those may come from different sides.
public record NoteConflict(
        NoteId id, Optional<NoteState> base, NoteState mine, NoteState theirs, Map<Field, Side> kept) {

    /// What of a note can conflict. Tags, aliases and attached files never do: they merge as sets.
    public enum Field {
        TITLE,
        TOPIC,
        PAPER,
        CODE,
        ARXIV,
        DOI,
        YEAR,
        VENUE,
        PAPER_TITLE,
        AUTHORS,
        ABSTRACT,
        STATUS,
        PRIORITY,
        TRASHED,
        BODY
    }

    /// Which library a value came from: this one, or the one merged into it.
    public enum Side {
        MINE,
        THEIRS
    }

    public NoteConflict {
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("A conflict of note " + id + " names no field");
        }
        if (!mine.id().equals(id)
                || !theirs.id().equals(id)
                || base.filter(b -> !b.id().equals(id)).isPresent()) {
            throw new IllegalArgumentException("A conflict of note " + id + " holds another note");
        }
        kept = Collections.unmodifiableMap(new EnumMap<>(kept));
    }

    /// The fields that conflicted, in the order of [Field].
    public Set<Field> fields() {
        return kept.keySet();
    }
}
