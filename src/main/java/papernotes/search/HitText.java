package papernotes.search;

import java.util.List;

/// What snippets and matched labels are cut from for a hit: its title, aliases, tags, the English and Chinese names
/// of its topic and the topics above it, and its plain text (Markdown stripped, as [IndexedNote#text()]).
public record HitText(String title, List<String> aliases, List<String> tags, List<String> topicNames, String text) {

    public HitText {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        topicNames = List.copyOf(topicNames);
    }
}
