package papernotes.markdown;

import java.util.List;

/// What the note view shows above the text: title, topic path (top first), tags and the paper's links as
/// `label → address` pairs (`paper`, `code`, `arXiv`, `DOI`).
public record NoteHeader(String title, List<String> topic, List<String> tags, List<Link> links) {

    public record Link(String label, String address) {
    }

    public NoteHeader {
        topic = List.copyOf(topic);
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }
}
