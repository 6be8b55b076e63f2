package papernotes.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import papernotes.git.Author;
import papernotes.git.CommitId;
import papernotes.git.Credentials;
import papernotes.git.NoteMerge;
import papernotes.git.PushOutcome;
import papernotes.git.RemoteUrl;
import papernotes.git.SyncRepository;
import papernotes.model.NoteConflict;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperNotesException;
import papernotes.storage.LibraryStore;

/// Sync through git (docs/decisions/0023-sync-through-git.md): a library attached to a remote, and rounds that
/// export it, commit, fetch, merge what both sides changed note by note, write the merge back into the library in
/// one transaction, and push; a push refused because the remote moved starts the round again.
public final class SyncService {

    static final String FOLDER = "sync";
    static final String ATTACHMENTS = "attachments/";
    /// Rounds tried in a row when the remote keeps moving.
    static final int ATTEMPTS = 3;

    /// What a round did: notes that came in, whether this library's changes went out, and the notes both sides
    /// changed in the same places (each kept one side, the other kept whole in the conflict).
    public record Outcome(int received, boolean sent, List<NoteConflict> conflicts) {
        public Outcome {
            conflicts = List.copyOf(conflicts);
        }
    }

    private final LibraryStore store;
    private final NoteService notes;
    private final Clock clock;
    private final ChangeListener listener;
    private final Path folder;
    private final Path attachments;

    /// The sync of the library in `store`; `listener` (the search index) is told of every note a round changes.
    public static SyncService of(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        return new SyncService(store, notes, clock, listener);
    }

    private SyncService(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        this.store = store;
        this.notes = notes;
        this.clock = clock;
        this.listener = listener;
        this.folder = store.dataDir().resolve(FOLDER);
        this.attachments = store.dataDir().resolve(AttachmentCopier.FOLDER);
    }

    /// Attaches the library to the git remote `remote` (an address without its password: that is given to each
    /// round). The next round sends the library to an empty remote, or merges the library the remote holds.
    public void attach(String remote) {
        SyncRepository.init(folder, remote).close();
    }

    /// `remote` as it may be shown: a password in it replaced by `***`.
    public static String shown(String remote) {
        return RemoteUrl.shown(remote);
    }

    /// Whether the library is attached to a remote.
    public boolean attached() {
        return Files.isDirectory(folder.resolve(".git"));
    }

    /// One round with a remote that asks for no credentials (a folder, `git://`, a public `https://` address).
    public Outcome round() {
        return round(Credentials.none());
    }

    /// One round. Throws [PaperNotesException] in one sentence when the remote cannot be used; the library is then
    /// as it was.
    public Outcome round(Credentials credentials) {
        try (var repository = SyncRepository.open(folder)) {
            int received = 0;
            var conflicts = new ArrayList<NoteConflict>();
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                var lastSeen = repository.fetchedMain();
                SyncFolder.write(folder, files());
                repository.commitAll("Changes made in this library", author());
                var remote = repository.fetch(credentials);
                if (remote.isPresent()) {
                    var now = remote.get();
                    if (lastSeen.isPresent() && repository.wasRewritten(lastSeen.get(), now)) {
                        throw new PaperNotesException("The remote's history was rewritten since the last sync (a"
                                + " force-push); nothing was changed here. Attach the library again to start over.");
                    }
                    var theirs = repository.files(now);
                    if (!SyncTree.isLibrary(theirs)) {
                        throw new PaperNotesException("The remote is not a PaperNotes library (it has no "
                                + SyncTree.MARKER + "); nothing was changed.");
                    }
                    var head = repository.head().orElseThrow();
                    if (!repository.isAncestor(now, head)) {
                        received += merge(repository, head, now, theirs, conflicts);
                    }
                }
                var pushed = repository.push(credentials);
                switch (pushed) {
                    case PushOutcome.Pushed _ -> {
                        return new Outcome(received, true, conflicts);
                    }
                    case PushOutcome.RemoteMoved _ -> {
                        // another library pushed meanwhile: fetch and merge again
                    }
                    case PushOutcome.Refused refused ->
                        throw new PaperNotesException(
                                "The remote refused this library's changes: " + refused.reason() + ".");
                }
            }
            throw new PaperNotesException("The remote kept changing during " + ATTEMPTS
                    + " rounds; this library's changes go out with the next sync.");
        }
    }

    /// Merges the remote's commit `now` into `head`: each note either side changed since their common ancestor,
    /// written into the library in one transaction; then the merged library is committed with both as parents.
    /// Returns how many notes changed here.
    private int merge(
            SyncRepository repository,
            CommitId head,
            CommitId now,
            Map<String, byte[]> theirs,
            List<NoteConflict> conflicts) {
        var base = repository.mergeBase(head, now).map(repository::files).orElse(Map.of());
        var mine = repository.files(head);
        copyAttachments(theirs);
        var paths = new TreeSet<String>();
        paths.addAll(mine.keySet());
        paths.addAll(theirs.keySet());
        var merged = new TreeMap<NoteId, Optional<NoteState>>();
        for (String path : paths) {
            var ours = Optional.ofNullable(mine.get(path));
            var other = Optional.ofNullable(theirs.get(path));
            if (ours.isPresent() && other.isPresent() && Arrays.equals(ours.get(), other.get())) {
                continue;
            }
            var ancestor = Optional.ofNullable(base.get(path));
            var minesNote = ours.flatMap(bytes -> SyncTree.note(path, bytes));
            var theirsNote = other.flatMap(bytes -> SyncTree.note(path, bytes));
            if (minesNote.isEmpty() && theirsNote.isEmpty()) {
                continue;
            }
            var result = NoteMerge.merge(ancestor.flatMap(bytes -> SyncTree.note(path, bytes)), minesNote, theirsNote);
            result.conflict().ifPresent(conflicts::add);
            var id = minesNote.or(() -> theirsNote).orElseThrow().id();
            if (!result.state().equals(minesNote)) {
                merged.put(id, result.state());
            }
        }
        var writer = new SyncWriter(notes, attachments);
        var found = clock.instant();
        var changed = store.write(session -> {
            var ids = new ArrayList<NoteId>();
            merged.forEach((id, state) -> {
                if (writer.write(session, id, state)) {
                    ids.add(id);
                }
            });
            conflicts.forEach(conflict -> session.syncConflicts().put(SyncConflictRows.row(conflict, found)));
            return ids;
        });
        listener.notesChanged(changed);
        if (repository.isAncestor(head, now)) {
            // nothing here the remote lacks: the library is now the remote's, and so is the folder
            repository.checkout(now);
        } else {
            var commit = repository.commitTree(files(), List.of(head, now), "Merged the remote's changes", author());
            repository.checkout(commit);
        }
        return changed.size();
    }

    /// The library as its sync tree, with the files its notes list.
    private Map<String, byte[]> files() {
        var snapshot = store.read(session -> session.snapshots().read());
        var files = new TreeMap<>(SyncTree.files(snapshot));
        for (var row : snapshot.notes()) {
            for (var file : row.files()) {
                try {
                    files.put(ATTACHMENTS + file.stored(), Files.readAllBytes(attachments.resolve(file.stored())));
                } catch (IOException e) {
                    throw new UncheckedIOException("The attached file " + file.stored() + " could not be read", e);
                }
            }
        }
        return files;
    }

    /// The remote's attached files this library lacks, copied in before any note lists them.
    private void copyAttachments(Map<String, byte[]> theirs) {
        try {
            Files.createDirectories(attachments);
            for (var entry : theirs.entrySet()) {
                if (!entry.getKey().startsWith(ATTACHMENTS)) {
                    continue;
                }
                var name = entry.getKey().substring(ATTACHMENTS.length());
                if (name.contains("/") || name.startsWith(".")) {
                    continue;
                }
                var target = attachments.resolve(name);
                if (!Files.exists(target)) {
                    var partial = attachments.resolve("." + name + ".partial");
                    Files.write(partial, entry.getValue());
                    Files.move(partial, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The remote's attached files could not be copied in", e);
        }
    }

    /// The notes rounds left in conflict, the oldest first, each with both sides whole.
    public List<SyncConflict> conflicts() {
        return store.read(session -> session.syncConflicts().all()).stream()
                .map(SyncConflictRows::conflict)
                .toList();
    }

    /// Settles the conflict of the note `id`: its text becomes `mine` or `theirs` (the version it had kept as a
    /// revision), or, for `both`, it stays as it is and the other side becomes a conflict copy beside it. Throws
    /// [PaperNotesException] when the note has no conflict.
    public SyncConflict.Resolved resolve(NoteId id, SyncConflict.Keep keep) {
        return new SyncResolution(store, notes, clock, listener, attachments).resolve(id, keep);
    }

    private Author author() {
        return new Author("PaperNotes", "papernotes@localhost", clock.instant());
    }
}
