package papernotes.markdown;

import java.util.List;
import java.util.Optional;

/// What the note view shows above the text: title, its aliases (often the paper's full title), topic path (top
/// first), tags, where and when the paper appeared (`CVPR 2021`, when known), the paper's links as
/// `label → address` pairs (`paper`, `code`, `arXiv`, `DOI`), and what is known of the paper itself: its full title,
/// its authors and its abstract (under a heading in the reader's language).
public record NoteHeader(
        String title,
        List<String> aliases,
        List<String> topic,
        List<String> tags,
        Optional<String> published,
        List<Link> links,
        Paper paper) {

    public record Link(String label, String address) {}

    /// The paper's full title, its authors in order, its abstract, and the heading the abstract goes under.
    public record Paper(
            Optional<String> title, List<String> authors, Optional<String> abstractText, String abstractHeading) {

        public static final Paper NONE = new Paper(Optional.empty(), List.of(), Optional.empty(), "Abstract");

        public Paper {
            authors = List.copyOf(authors);
        }
    }

    public NoteHeader {
        aliases = List.copyOf(aliases);
        topic = List.copyOf(topic);
        tags = List.copyOf(tags);
        published = published.map(String::strip).filter(s -> !s.isEmpty());
        links = List.copyOf(links);
    }

    /// A header that says nothing of the paper itself.
    public NoteHeader(
            String title,
            List<String> aliases,
            List<String> topic,
            List<String> tags,
            Optional<String> published,
            List<Link> links) {
        this(title, aliases, topic, tags, published, links, Paper.NONE);
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
