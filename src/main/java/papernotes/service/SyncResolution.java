package papernotes.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import papernotes.interchange.SyncNoteFile;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperNotesException;
import papernotes.model.Reading;
import papernotes.storage.LibraryStore;

/// Settles a sync conflict as the user says: the note takes one side's version (the one it replaces kept as a
/// revision, like any edit), or keeps what it has and the other side becomes a conflict copy beside it, titled
/// `<title> (conflict YYYY-MM-DD)` and tagged `conflict`, as an import's conflict copies are.
final class SyncResolution {

    static final String CONFLICT_TAG = "conflict";

    private final LibraryStore store;
    private final NoteService notes;
    private final Clock clock;
    private final ChangeListener listener;
    private final Path attachments;

    SyncResolution(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener, Path attachments) {
        this.store = store;
        this.notes = notes;
        this.clock = clock;
        this.listener = listener;
        this.attachments = attachments;
    }

    SyncConflict.Resolved resolve(NoteId id, SyncConflict.Keep keep) {
        var conflict = store.read(session -> session.syncConflicts().of(id))
                .map(SyncConflictRows::conflict)
                .orElseThrow(() -> new PaperNotesException("The note " + id.value() + " has no sync conflict to settle;"
                        + " 'papernotes conflicts' lists those there are."));
        if (keep == SyncConflict.Keep.BOTH) {
            var other = conflict.other().note();
            var tags = new ArrayList<>(other.tags());
            if (tags.stream().noneMatch(CONFLICT_TAG::equalsIgnoreCase)) {
                tags.add(CONFLICT_TAG);
            }
            var copy = notes.create(new NoteDraft(
                    Optional.empty(),
                    other.title() + " (conflict " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ")",
                    other.topic(),
                    tags,
                    List.of(),
                    other.links(),
                    Reading.NONE,
                    other.body()));
            store.write(session -> session.syncConflicts().remove(id));
            return new SyncConflict.Resolved(notes.get(id).note(), Optional.of(copy));
        }
        var chosen = (keep == SyncConflict.Keep.MINE ? conflict.mine() : conflict.theirs()).note();
        var writer = new SyncWriter(notes, attachments);
        store.write(session -> {
            var stored = session.notes()
                    .find(id)
                    .orElseThrow(() -> new PaperNotesException("The note " + id.value()
                            + " is no longer in the library;" + " its conflict is forgotten."));
            var now = clock.instant();
            var before = stored.note();
            var updated = now.isAfter(before.updated()) ? now : before.updated().plusMillis(1);
            var note = new Note(
                    id,
                    chosen.title(),
                    chosen.topic(),
                    chosen.tags(),
                    chosen.aliases(),
                    chosen.links(),
                    chosen.reading(),
                    chosen.body(),
                    before.created(),
                    updated);
            var files = session.files().of(id).stream()
                    .map(file -> SyncNoteFile.fileEntry(file.stored(), file.fileName()))
                    .toList();
            writer.write(session, id, Optional.of(new NoteState(note, stored.trashed(), files)));
            session.syncConflicts().remove(id);
            return note;
        });
        listener.noteChanged(id);
        return new SyncConflict.Resolved(notes.get(id).note(), Optional.empty());
    }
}
