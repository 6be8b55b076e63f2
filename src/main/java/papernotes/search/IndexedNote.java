package papernotes.search;

import java.util.List;
import java.util.Optional;

/// A note as the index sees it: plain text (Markdown already stripped) in the fields that are searched.
/// `topicNames` holds the English and Chinese names of the note's topic and of every topic above it; `topicPaths`
/// the paths (`A`, `A / B`) the note lies within, for filters; `meta` the paper's links and other metadata;
/// `meaning` the note's meaning vector when it has been computed ([MeaningModel], quantized by [Meanings]);
/// `links` how many links its Markdown has (a digest of papers has dozens: [Focus]); `status` its reading status
/// (`to-read`, `reading`, `read`), for filters.
public record IndexedNote(
        String id,
        String title,
        List<String> aliases,
        List<String> tags,
        List<String> topicNames,
        List<String> topicPaths,
        List<String> headings,
        String text,
        String meta,
        long updatedMillis,
        Optional<byte[]> meaning,
        int links,
        Optional<String> status) {

    public IndexedNote(
            String id,
            String title,
            List<String> aliases,
            List<String> tags,
            List<String> topicNames,
            List<String> topicPaths,
            List<String> headings,
            String text,
            String meta,
            long updatedMillis) {
        this(
                id,
                title,
                aliases,
                tags,
                topicNames,
                topicPaths,
                headings,
                text,
                meta,
                updatedMillis,
                Optional.empty(),
                0,
                Optional.empty());
    }

    /// The same note with its meaning vector.
    public IndexedNote withMeaning(Optional<byte[]> vector) {
        return new IndexedNote(
                id,
                title,
                aliases,
                tags,
                topicNames,
                topicPaths,
                headings,
                text,
                meta,
                updatedMillis,
                vector,
                links,
                status);
    }

    /// The same note with `count` links.
    public IndexedNote withLinks(int count) {
        return new IndexedNote(
                id,
                title,
                aliases,
                tags,
                topicNames,
                topicPaths,
                headings,
                text,
                meta,
                updatedMillis,
                meaning,
                count,
                status);
    }

    /// The same note with the reading status `key` (`to-read`), or none.
    public IndexedNote withStatus(Optional<String> key) {
        return new IndexedNote(
                id,
                title,
                aliases,
                tags,
                topicNames,
                topicPaths,
                headings,
                text,
                meta,
                updatedMillis,
                meaning,
                links,
                key);
    }

    public IndexedNote {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        topicNames = List.copyOf(topicNames);
        topicPaths = List.copyOf(topicPaths);
        headings = List.copyOf(headings);
    }
}
