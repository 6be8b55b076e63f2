package papernotes.service;

import java.util.List;
import java.util.Optional;
import papernotes.model.ImportWarning;
import papernotes.model.TopicDraft;

/// Notes read from outside (a Markdown folder; later a backup or a bibliography), every one checked, and nothing
/// written yet: what an import plans and applies, whatever format it came in. `source` names where it came from and
/// `description` what it is (`Obsidian vault`); `libraryTitle` is the collection's title, taken when the library has
/// none; `topics` are the topics with their Chinese names, places and texts (parents first); `warnings` are what was
/// read with a warning.
public record ImportBatch(
        String source,
        String description,
        Optional<String> libraryTitle,
        List<TopicDraft> topics,
        List<ImportedNote> notes,
        List<ImportedAttachment> attachments,
        List<ImportWarning> warnings) {

    public ImportBatch {
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }
}
