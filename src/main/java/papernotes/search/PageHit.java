package papernotes.search;

/// A page of a note's attached file that matched a search: the note, the file (its stored name), the page (1 for
/// the first) and a passage of the page with the matched words marked as `<mark>…</mark>` (the rest HTML-escaped).
public record PageHit(String noteId, String stored, int page, float score, String snippet) {}
