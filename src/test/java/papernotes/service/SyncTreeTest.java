package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.interchange.InterchangeException;
import papernotes.model.LibrarySnapshot;
import papernotes.model.NoteChanges;
import papernotes.model.NoteFilter;
import papernotes.model.NoteState;
import papernotes.model.TopicPath;

/// The files a library syncs: a marker and one file per note, in the trash too, named by id, so that a rename or a
/// move changes one line of one file; read back as the same notes; the same library gives the same bytes.
class SyncTreeTest {

    @TempDir
    Path dir;

    private static LibrarySnapshot snapshot(TestLibrary library) {
        return library.store().read(session -> session.snapshots().read());
    }

    @Test
    void everyNoteInTheTrashTooIsAFileNamedByItsIdAndReadsBackAsTheSameNote() {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            JsonBackupTest.fill(library);
            var snapshot = snapshot(library);
            var files = SyncTree.files(snapshot);

            assertTrue(SyncTree.isLibrary(files));
            assertEquals(
                    snapshot.notes().size() + 1, files.size(), files.keySet().toString());
            var read = SyncTree.notes(files);
            for (NoteState state : SyncTree.states(snapshot)) {
                assertEquals(state, read.get(state.id()), state.note().title());
            }
            assertTrue(
                    read.values().stream().anyMatch(state -> state.trashed().isPresent()),
                    "the note in the trash is there, marked so");
            var again = SyncTree.files(snapshot(library));
            assertEquals(files.keySet(), again.keySet());
            files.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        }
    }

    @Test
    void aRenameOrAMoveChangesOnlyThatNotesFile() {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            JsonBackupTest.fill(library);
            var before = SyncTree.files(snapshot(library));
            var fsgan = library.notes().list(NoteFilter.ALL).stream()
                    .filter(note -> note.title().equals("FSGAN"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            library.notes()
                    .edit(
                            fsgan,
                            NoteChanges.none()
                                    .withTitle("FSGAN (ICCV 2019)")
                                    .withTopic(TopicPath.of("Super Resolution")));
            var after = SyncTree.files(snapshot(library));

            var changed = new TreeMap<String, byte[]>(after);
            changed.entrySet().removeIf(entry -> Arrays.equals(entry.getValue(), before.get(entry.getKey())));
            assertEquals(Set.of(SyncTree.path(fsgan)), changed.keySet());
        }
    }

    @Test
    void aRepositoryWithoutTheMarkerIsNotALibrary_andAFileUnderAnotherIdsNameIsRefused() {
        assertFalse(SyncTree.isLibrary(Map.of("README.md", "# my project\n".getBytes(StandardCharsets.UTF_8))));
        assertFalse(SyncTree.isLibrary(Map.of(SyncTree.MARKER, "format: 99\n".getBytes(StandardCharsets.UTF_8))));

        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            JsonBackupTest.fill(library);
            var files = SyncTree.files(snapshot(library));
            var aNote = files.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(SyncTree.NOTES))
                    .findFirst()
                    .orElseThrow();
            var misplaced = Map.of("notes/zzzzzzzz.md", aNote.getValue());
            var refused = assertThrows(InterchangeException.class, () -> SyncTree.notes(misplaced));
            assertTrue(refused.getMessage().startsWith("notes/zzzzzzzz.md: holds the note "), refused.getMessage());
            assertEquals(
                    Map.of(),
                    SyncTree.notes(Map.of("notes/sub/x.md", aNote.getValue(), "other.md", aNote.getValue())),
                    "files elsewhere are not notes");
        }
    }
}
