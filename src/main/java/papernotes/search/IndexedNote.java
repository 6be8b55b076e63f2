package papernotes.search;

import java.util.List;

/// A note as the index sees it: plain text (Markdown already stripped) in the fields that are searched.
/// `topicNames` holds the English and Chinese names of the note's topic and of every topic above it; `topicPaths`
/// the paths (`A`, `A / B`) the note lies within, for filters; `meta` the paper's links and other metadata.
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
        long updatedMillis) {

    public IndexedNote {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        topicNames = List.copyOf(topicNames);
        topicPaths = List.copyOf(topicPaths);
        headings = List.copyOf(headings);
    }
}
