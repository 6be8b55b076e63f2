package papernotes.markdown;

import java.util.List;
import java.util.Optional;

/// What the note view shows above the text: title, its aliases (often the paper's full title), topic path (top
/// first), tags, where and when the paper appeared (`CVPR 2021`, when known) and the paper's links as
/// `label → address` pairs (`paper`, `code`, `arXiv`, `DOI`).
public record NoteHeader(
        String title,
        List<String> aliases,
        List<String> topic,
        List<String> tags,
        Optional<String> published,
        List<Link> links) {

    public record Link(String label, String address) {}

    public NoteHeader {
        aliases = List.copyOf(aliases);
        topic = List.copyOf(topic);
        tags = List.copyOf(tags);
        published = published.map(String::strip).filter(s -> !s.isEmpty());
        links = List.copyOf(links);
    }

    /// A header without aliases.
    public NoteHeader(
            String title, List<String> topic, List<String> tags, Optional<String> published, List<Link> links) {
        this(title, List.of(), topic, tags, published, links);
    }

    /// A header without aliases that says nothing of where the paper appeared.
    public NoteHeader(String title, List<String> topic, List<String> tags, List<Link> links) {
        this(title, List.of(), topic, tags, Optional.empty(), links);
    }
}
