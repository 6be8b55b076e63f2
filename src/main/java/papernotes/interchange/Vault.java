package papernotes.interchange;

import java.util.List;
import java.util.Optional;

import papernotes.model.NoteDraft;
import papernotes.model.TopicDraft;

/// A folder of Markdown notes as read: the library's own title, its topics (parents before children) and its notes.
public record Vault(Optional<String> title, List<String> titleAliases, List<TopicDraft> topics, List<NoteDraft> notes) {

    public Vault {
        titleAliases = List.copyOf(titleAliases);
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
    }
}
