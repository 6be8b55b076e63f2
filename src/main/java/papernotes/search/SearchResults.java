package papernotes.search;

import java.util.List;

/// The answer to a [SearchRequest]: how many notes match, the best of them, the glossary expansions used
/// (`face swap → 换脸, faceswap`), whether the query was relaxed to "most words" because no note had all of
/// them, and sentences for the user about anything else done to the query.
public record SearchResults(
        int total, List<SearchHit> hits, List<String> expanded, boolean relaxed, List<String> notices) {

    public SearchResults {
        hits = List.copyOf(hits);
        expanded = List.copyOf(expanded);
        notices = List.copyOf(notices);
    }

    public static SearchResults empty(List<String> notices) {
        return new SearchResults(0, List.of(), List.of(), false, notices);
    }
}
