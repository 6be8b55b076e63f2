package papernotes.ui.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import papernotes.model.DiffLine;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.Revision;
import papernotes.service.NoteHistory;
import papernotes.service.NoteService;
import papernotes.ui.Messages;

/// A note's history: its revisions, newest first, each with the lines it changed against the one before it; the
/// chosen one compared line by line with the current text; and
/// restoring it (an ordinary save, so the current text is kept as a revision too).
public final class HistoryViewModel {

    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<DiffLine> diff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final NoteService notes;
    private final NoteHistory history;
    private final NoteId id;
    private final Messages messages;
    private Optional<Revision> chosen = Optional.empty();
    /// Each revision's "+12 −3 lines", by number.
    private final Map<Integer, String> changes = new HashMap<>();

    public HistoryViewModel(NoteService notes, NoteHistory history, NoteId id, Messages messages) {
        this.notes = notes;
        this.history = history;
        this.id = id;
        this.messages = messages;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    /// The chosen revision against the current text: removed lines are the revision's, added ones the current.
    public ObservableList<DiffLine> diff() {
        return diff;
    }

    /// "3 lines added, 1 removed" for the chosen revision, or why nothing is shown.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// What revision `revision` changed against the one before it (the oldest against an empty text): "+12 −3 lines".
    public String changesOf(Revision revision) {
        return changes.getOrDefault(revision.number(), "");
    }

    public void load() {
        var changed = history.changes(id);
        changes.clear();
        for (var change : changed) {
            changes.put(change.revision().number(), messages.format("history.lines", change.added(), change.removed()));
        }
        revisions.setAll(
                changed.stream().map(NoteHistory.Change::revision).toList().reversed());
        summary.set(revisions.isEmpty() ? messages.text("history.none") : "");
        diff.clear();
        chosen = Optional.empty();
    }

    public void choose(Revision revision) {
        chosen = Optional.of(revision);
        List<DiffLine> lines = history.diffWithCurrent(id, revision.number());
        diff.setAll(lines);
        summary.set(messages.format(
                "history.changes",
                revision.number(),
                count(lines, DiffLine.Kind.ADDED),
                count(lines, DiffLine.Kind.REMOVED)));
    }

    private static long count(List<DiffLine> lines, DiffLine.Kind kind) {
        return lines.stream().filter(line -> line.kind() == kind).count();
    }

    /// Makes the chosen revision the current text. Returns the note as saved, empty when nothing was chosen or the
    /// library refused (the reason is then in the summary).
    public Optional<Note> restore() {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = chosen.get().number();
            var outcome = notes.restoreRevision(id, number);
            load();
            summary.set(messages.format("history.restored", number));
            return Optional.of(outcome.note());
        } catch (PaperNotesException e) {
            summary.set(e.getMessage());
            return Optional.empty();
        }
    }
}
