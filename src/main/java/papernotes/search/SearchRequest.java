package papernotes.search;

import java.util.Optional;
import java.util.function.Supplier;

/// A search: the query as typed, how many hits to return, optional topic (with sub-topics), tag and reading status
/// (`to-read`, `reading`, `read`) filters,
/// whether hits need snippets (they cost a re-read of each hit's text), and where the query's meaning vector comes
/// from when notes of similar meaning are to follow the notes that match its words ([Meanings]). The vector is asked
/// for only when the word matches leave room on the page: computing it costs more than most searches.
public record SearchRequest(
        String query,
        int limit,
        Optional<String> topicPath,
        Optional<String> tag,
        boolean snippets,
        Supplier<Optional<byte[]>> meaning,
        Optional<String> status) {

    /// A search of notes whatever their reading status.
    public SearchRequest(
            String query,
            int limit,
            Optional<String> topicPath,
            Optional<String> tag,
            boolean snippets,
            Supplier<Optional<byte[]>> meaning) {
        this(query, limit, topicPath, tag, snippets, meaning, Optional.empty());
    }

    public SearchRequest(String query, int limit, Optional<String> topicPath, Optional<String> tag, boolean snippets) {
        this(query, limit, topicPath, tag, snippets, Optional::empty);
    }

    /// A request whose meaning vector is already known.
    public SearchRequest(
            String query,
            int limit,
            Optional<String> topicPath,
            Optional<String> tag,
            boolean snippets,
            Optional<byte[]> meaning) {
        this(query, limit, topicPath, tag, snippets, () -> meaning);
    }

    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 20, Optional.empty(), Optional.empty(), true);
    }
}
