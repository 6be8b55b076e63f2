package papernotes.search;

import java.util.List;

/// One note found: its id, its score, and up to two passages of its text with the matched words marked as
/// `<mark>…</mark>` (the rest HTML-escaped).
public record SearchHit(String id, float score, List<String> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
