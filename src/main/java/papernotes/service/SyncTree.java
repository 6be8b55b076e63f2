package papernotes.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import papernotes.interchange.InterchangeException;
import papernotes.interchange.SyncNoteFile;
import papernotes.model.LibrarySnapshot;
import papernotes.model.Note;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.TopicPath;

/// The files a library syncs through git (docs/decisions/0023-sync-through-git.md): a marker that says what the
/// repository holds, and each note, in the trash too, as `notes/<id>.md` ([SyncNoteFile]), so that a rename or a move
/// never changes a path. Built from one snapshot of the library, the same bytes for the same library.
final class SyncTree {

    /// The marker at the top of a repository that holds a PaperNotes library.
    static final String MARKER = "papernotes-library.yaml";
    /// The version of this layout; a repository of a later one is refused, not misread.
    static final int FORMAT = 1;
    static final String NOTES = "notes/";

    private static final String MARKER_TEXT =
            "# A PaperNotes library, synchronized through git; its notes are in notes/.\nformat: " + FORMAT + "\n";

    private SyncTree() {}

    /// The library's files, by path, in path order.
    static Map<String, byte[]> files(LibrarySnapshot snapshot) {
        var files = new TreeMap<String, byte[]>();
        files.put(MARKER, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
        for (NoteState state : states(snapshot)) {
            files.put(path(state.id()), SyncNoteFile.write(state).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /// Every note of `snapshot`, in the trash too, as sync sees it.
    static List<NoteState> states(LibrarySnapshot snapshot) {
        var paths = topicPaths(snapshot.topics());
        return snapshot.notes().stream()
                .map(row -> new NoteState(
                        new Note(
                                row.id(),
                                row.title(),
                                Objects.requireNonNull(paths.get(row.topic()), "a note's topic is in the snapshot"),
                                row.tags(),
                                row.aliases(),
                                row.links(),
                                row.reading(),
                                row.body(),
                                row.created(),
                                row.updated()),
                        row.trashed(),
                        row.files().stream()
                                .map(file -> SyncNoteFile.fileEntry(file.stored(), file.fileName()))
                                .toList()))
                .toList();
    }

    /// Whether `files` are a PaperNotes library this version can read: the marker is there, of a known format.
    static boolean isLibrary(Map<String, byte[]> files) {
        var marker = files.get(MARKER);
        if (marker == null) {
            return false;
        }
        var text = new String(marker, StandardCharsets.UTF_8);
        return text.lines().map(String::strip).anyMatch(line -> line.equals("format: " + FORMAT));
    }

    /// The notes `files` hold, by id. Throws [InterchangeException] naming the first file that is not a note, or
    /// whose id is not its name.
    static Map<NoteId, NoteState> notes(Map<String, byte[]> files) {
        var notes = new HashMap<NoteId, NoteState>();
        files.forEach((path, bytes) -> note(path, bytes).ifPresent(state -> notes.put(state.id(), state)));
        return notes;
    }

    /// The note of the file at `path`; empty when the path is not a note's.
    static Optional<NoteState> note(String path, byte[] bytes) {
        if (!path.startsWith(NOTES) || !path.endsWith(".md") || path.indexOf('/', NOTES.length()) >= 0) {
            return Optional.empty();
        }
        var state = SyncNoteFile.read(new String(bytes, StandardCharsets.UTF_8), path);
        if (!path.equals(path(state.id()))) {
            throw new InterchangeException(
                    path + ": holds the note " + state.id() + ", which belongs in " + path(state.id()) + ".");
        }
        return Optional.of(state);
    }

    static String path(NoteId id) {
        return NOTES + id.value() + ".md";
    }

    private static Map<Long, TopicPath> topicPaths(List<LibrarySnapshot.TopicRow> topics) {
        var byId = new HashMap<Long, LibrarySnapshot.TopicRow>();
        topics.forEach(topic -> byId.put(topic.id(), topic));
        var paths = new HashMap<Long, TopicPath>();
        for (var topic : topics) {
            paths.put(topic.id(), path(topic, byId));
        }
        return paths;
    }

    private static TopicPath path(LibrarySnapshot.TopicRow topic, Map<Long, LibrarySnapshot.TopicRow> byId) {
        var names = new ArrayDeque<String>();
        for (Optional<LibrarySnapshot.TopicRow> at = Optional.of(topic);
                at.isPresent();
                at = at.get().parent().flatMap(id -> Optional.ofNullable(byId.get(id)))) {
            names.addFirst(at.get().name());
        }
        return TopicPath.of(names.toArray(String[]::new));
    }
}
