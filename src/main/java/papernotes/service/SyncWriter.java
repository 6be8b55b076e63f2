package papernotes.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import papernotes.interchange.SyncNoteFile;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.StoredNote;
import papernotes.storage.StoreSession;

/// Makes the library's notes what a sync round merged (docs/decisions/0023-sync-through-git.md), in the round's one
/// transaction: a note new here is added with its id and times; a changed one is updated, the version it replaces
/// kept as a revision like any edit; its trash state and files follow; a note the other side deleted for good (and
/// this side did not change) is deleted here too. A note already as merged is left alone.
final class SyncWriter {

    private final NoteService notes;
    private final Path attachments;

    /// `attachments`: the library's attachments folder, where the files a note lists must already be.
    SyncWriter(NoteService notes, Path attachments) {
        this.notes = notes;
        this.attachments = attachments;
    }

    /// Writes the note `id` as `merged` (empty: deleted for good). Returns whether the library changed.
    boolean write(StoreSession session, NoteId id, Optional<NoteState> merged) {
        var stored = session.notes().find(id);
        if (merged.isEmpty()) {
            if (stored.isEmpty()) {
                return false;
            }
            if (!stored.get().isTrashed()) {
                session.notes().trash(id, stored.get().note().updated());
            }
            return session.notes().purge(id);
        }
        var state = merged.get();
        var note = state.note();
        boolean changed = false;
        if (stored.isEmpty()) {
            notes.insert(session, draft(note), note.created(), note.updated());
            changed = true;
        } else if (!sameContent(stored.get().note(), note)) {
            var before = stored.get().note();
            session.revisions().keep(before);
            session.notes().update(note);
            if (!note.reading().equals(before.reading())) {
                session.notes().setReading(id, note.reading());
            }
            if (!note.body().equals(before.body())) {
                session.links().replace(id, notes.linkTargets(note.body()));
            }
            changed = true;
        }
        changed |= trashState(session, id, stored, state);
        var files = files(state);
        if (!files.equals(session.files().of(id))) {
            session.files().set(id, files);
            session.changes().stamp(id);
            changed = true;
        }
        return changed;
    }

    private static boolean trashState(StoreSession session, NoteId id, Optional<StoredNote> stored, NoteState state) {
        boolean wasTrashed = stored.map(StoredNote::isTrashed).orElse(false);
        if (state.trashed().isPresent() && !wasTrashed) {
            session.notes().trash(id, state.trashed().get());
            return true;
        }
        if (state.trashed().isEmpty() && wasTrashed) {
            session.notes().restore(id);
            return true;
        }
        return false;
    }

    /// The files `state` lists, as the library keeps them: each must be in the attachments folder already.
    private List<NoteFile> files(NoteState state) {
        var files = new ArrayList<NoteFile>();
        for (String entry : state.files()) {
            int bar = entry.indexOf(SyncNoteFile.FILE_NAME_SEPARATOR);
            var stored = entry.substring(0, bar);
            var path = attachments.resolve(stored);
            try {
                files.add(new NoteFile(stored, entry.substring(bar + 1), Files.size(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "The note " + state.id() + " lists " + stored + ", which is not in " + attachments, e);
            }
        }
        return files;
    }

    private static NoteDraft draft(Note note) {
        return new NoteDraft(
                Optional.of(note.id()),
                note.title(),
                note.topic(),
                note.tags(),
                note.aliases(),
                note.links(),
                note.reading(),
                note.body());
    }

    /// Whether the two are the same note in every field sync carries, times included.
    private static boolean sameContent(Note a, Note b) {
        return a.equals(b);
    }
}
