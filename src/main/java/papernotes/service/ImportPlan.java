package papernotes.service;

import java.util.List;
import papernotes.model.ImportWarning;

/// What an import of `source` (a `description` such as `Obsidian vault`) would do, or did when `applied`: one
/// [PlannedNote] per note read, in the order read; the topics it creates (paths); the attachments it copies (names
/// below `attachments/`; when applied, those that were not there already); and what was read with a warning.
public record ImportPlan(
        String source,
        String description,
        List<PlannedNote> notes,
        List<String> newTopics,
        List<String> attachments,
        List<ImportWarning> warnings,
        boolean applied) {

    public ImportPlan {
        notes = List.copyOf(notes);
        newTopics = List.copyOf(newTopics);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }

    public List<PlannedNote> added() {
        return with(PlannedNote.Action.ADD);
    }

    public List<PlannedNote> updated() {
        return with(PlannedNote.Action.UPDATE);
    }

    public List<PlannedNote> skipped() {
        return with(PlannedNote.Action.SKIP);
    }

    public List<PlannedNote> conflicts() {
        return with(PlannedNote.Action.CONFLICT);
    }

    private List<PlannedNote> with(PlannedNote.Action action) {
        return notes.stream().filter(note -> note.action() == action).toList();
    }
}
