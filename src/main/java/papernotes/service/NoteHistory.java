package papernotes.service;

import java.util.ArrayList;
import java.util.List;
import papernotes.git.LineDiff;
import papernotes.model.DiffLine;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteId;
import papernotes.model.Revision;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// The earlier versions of notes and what changed between them, line by line.
public final class NoteHistory {

    /// A revision and how many lines it added and removed against the one before it (the oldest against nothing).
    public record Change(Revision revision, int added, int removed) {}

    private final LibraryStore store;

    public NoteHistory(LibraryStore store) {
        this.store = store;
    }

    /// The earlier versions of a note, oldest first.
    public List<Revision> of(NoteId id) {
        return store.read(session -> {
            NoteService.require(session, id);
            return session.revisions().of(id);
        });
    }

    /// The earlier versions of a note, oldest first, each with the lines it changed.
    public List<Change> changes(NoteId id) {
        var result = new ArrayList<Change>();
        var before = "";
        for (Revision revision : of(id)) {
            var lines = LineDiff.between(before, revision.body());
            result.add(new Change(revision, count(lines, DiffLine.Kind.ADDED), count(lines, DiffLine.Kind.REMOVED)));
            before = revision.body();
        }
        return List.copyOf(result);
    }

    /// The body of revision `number` compared line by line with the note's current body.
    public List<DiffLine> diffWithCurrent(NoteId id, int number) {
        var texts = store.read(session -> {
            var current = NoteService.require(session, id).note();
            return List.of(revision(session, id, number).body(), current.body());
        });
        return LineDiff.between(texts.get(0), texts.get(1));
    }

    static Revision revision(StoreSession session, NoteId id, int number) {
        var revisions = session.revisions().of(id);
        return revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("The note " + id + " has no revision " + number
                        + (revisions.isEmpty()
                                ? "; it was never edited."
                                : " (it has 1 to " + revisions.size() + ").")));
    }

    private static int count(List<DiffLine> lines, DiffLine.Kind kind) {
        return (int) lines.stream().filter(line -> line.kind() == kind).count();
    }
}
