package papernotes.search;

import java.util.List;

/// One note found: its id, its score, up to two passages of its text with the matched words marked as
/// `<mark>…</mark>` (the rest HTML-escaped), the labels the query matched, and the pages of its attached files that
/// have every word (best first, up to [PageMatches#PER_NOTE]). A note found through its labels alone has no passages
/// (its text's first lines would not say why it was found). A note found by its meaning alone (`similarMeaning`)
/// comes after every note that matches the words, in its text or in its files.
public record SearchHit(
        String id,
        float score,
        List<String> snippets,
        List<LabelMatch> labels,
        boolean similarMeaning,
        List<PageHit> pages) {

    public SearchHit(String id, float score, List<String> snippets, List<LabelMatch> labels) {
        this(id, score, snippets, labels, false, List.of());
    }

    public SearchHit(String id, float score, List<String> snippets, List<LabelMatch> labels, boolean similarMeaning) {
        this(id, score, snippets, labels, similarMeaning, List.of());
    }

    public SearchHit {
        snippets = List.copyOf(snippets);
        labels = List.copyOf(labels);
        pages = List.copyOf(pages);
    }

    /// The same hit with these pages of its files.
    SearchHit withPages(List<PageHit> found) {
        return new SearchHit(id, score, snippets, labels, similarMeaning, found);
    }
}
