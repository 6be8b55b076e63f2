package papernotes.service;

import java.util.List;

import papernotes.model.NoteSummary;

/// A search as the user sees it: how many notes match, the best of them with snippets, how long it took, what the
/// query was expanded to, whether it was relaxed to "most words", and sentences about anything else worth saying.
public record SearchOutcome(String query, int total, long tookMs, List<String> expanded, boolean relaxed,
                            List<String> notices, List<Hit> hits) {

    /// A note found, its score and up to two snippets (HTML-escaped text with `<mark>` around matches).
    public record Hit(NoteSummary note, float score, List<String> snippets) {
        public Hit {
            snippets = List.copyOf(snippets);
        }
    }

    public SearchOutcome {
        expanded = List.copyOf(expanded);
        notices = List.copyOf(notices);
        hits = List.copyOf(hits);
    }
}
