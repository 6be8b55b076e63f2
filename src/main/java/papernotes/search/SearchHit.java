package papernotes.search;

import java.util.List;

/// One note found: its id, its score, up to two passages of its text with the matched words marked as
/// `<mark>…</mark>` (the rest HTML-escaped), and the labels the query matched. A note found through its labels
/// alone has no passages (its text's first lines would not say why it was found). A note found by its meaning
/// alone (`similarMeaning`) comes after every note that matches the words.
public record SearchHit(
        String id, float score, List<String> snippets, List<LabelMatch> labels, boolean similarMeaning) {

    public SearchHit(String id, float score, List<String> snippets, List<LabelMatch> labels) {
        this(id, score, snippets, labels, false);
    }

    public SearchHit {
        snippets = List.copyOf(snippets);
        labels = List.copyOf(labels);
    }
}
