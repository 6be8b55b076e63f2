package papernotes.model;

import java.util.List;

/// The start of a listing of notes: its first notes, in the listing's order, and how many notes the whole listing
/// has. A long listing shows its start at once and the rest when it has been read.
public record NoteListing(List<NoteSummary> first, int total) {

    public NoteListing {
        first = List.copyOf(first);
        if (total < first.size()) {
            throw new IllegalArgumentException("a listing of " + total + " notes cannot start with " + first.size());
        }
    }

    /// Whether the first notes are the whole listing.
    public boolean complete() {
        return first.size() == total;
    }
}
