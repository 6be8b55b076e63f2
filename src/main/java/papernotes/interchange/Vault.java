package papernotes.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import papernotes.model.ImportWarning;
import papernotes.model.NoteDraft;
import papernotes.model.TopicDraft;

/// A folder of Markdown notes as read: what kind of folder it is, the library's own title, its topics (parents before
/// children), its note files, its other files (paths relative to `root`, with `/`: where attachments are found),
/// Obsidian's attachment folder setting (when it has one) and what was read with a warning (a date that is not
/// one, a symbolic link that is skipped). `label` names the folder in messages (its own name).
public record Vault(
        VaultKind kind,
        Path root,
        String label,
        Optional<String> title,
        List<String> titleAliases,
        List<TopicDraft> topics,
        List<VaultNote> files,
        List<String> otherFiles,
        Optional<String> attachmentFolder,
        List<ImportWarning> warnings) {

    public Vault {
        titleAliases = List.copyOf(titleAliases);
        topics = List.copyOf(topics);
        files = List.copyOf(files);
        otherFiles = List.copyOf(otherFiles);
        warnings = List.copyOf(warnings);
    }

    /// A vault of notes without files behind them (for the shipped notes and tests).
    public Vault(Optional<String> title, List<String> titleAliases, List<TopicDraft> topics, List<NoteDraft> notes) {
        this(
                VaultKind.PAPERNOTES,
                Path.of(""),
                "",
                title,
                titleAliases,
                topics,
                notes.stream()
                        .map(draft -> new VaultNote(
                                draft, Optional.empty(), Optional.empty(), draft.title(), draft.title(), 1, List.of()))
                        .toList(),
                List.of(),
                Optional.empty(),
                List.of());
    }

    /// The notes, in the order they are best inserted (by topic, then the `order` their files give, then file).
    public List<NoteDraft> notes() {
        return files.stream().map(VaultNote::draft).toList();
    }
}
