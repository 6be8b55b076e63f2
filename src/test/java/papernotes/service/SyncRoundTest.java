package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.git.Author;
import papernotes.git.Credentials;
import papernotes.git.GitDaemonServer;
import papernotes.git.SyncRepository;
import papernotes.model.NoteChanges;
import papernotes.model.NoteConflict;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;

/// Sync rounds between real libraries through a bare repository served by JGit's git daemon on 127.0.0.1, as issue
/// #22's "done when" tries it: library A attached and synced; a new library B attached to the same remote shows A's
/// notes once, the shipped notes not twice; edits on each side to different notes arrive on both; the same
/// paragraph edited on both sides is a conflict with both texts whole, and no marker in any note.
@Tag("slow")
class SyncRoundTest {

    @TempDir
    Path dir;

    private GitDaemonServer server;

    private GitDaemonServer server() {
        if (server == null) {
            server = new GitDaemonServer(dir.resolve("server"));
        }
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static NoteId idOf(Library library, String title) {
        return library.notes().list(NoteFilter.ALL).stream()
                .filter(note -> note.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String body(Library library, String title) {
        return library.notes().get(idOf(library, title)).note().body();
    }

    @Test
    void aSecondLibraryGetsTheFirstsNotesOnce_differentNotesEditedOnEachSideArriveOnBoth() {
        var url = server().createRepository("lab");
        try (var a = TestLibrary.shipped(dir.resolve("a"));
                var b = TestLibrary.shipped(dir.resolve("b"))) {
            a.notes().create(NoteDraft.of("LoRA", TopicPath.of("Fine-tuning"), "低秩适配, frozen weights\n"));
            a.sync().attach(url);
            var first = a.sync().round(Credentials.none());
            assertTrue(first.sent());

            b.sync().attach(url);
            var second = b.sync().round(Credentials.none());
            assertEquals(28, b.notes().list(NoteFilter.ALL).size(), "A's note once, the shipped notes not twice");
            assertEquals("低秩适配, frozen weights\n", body(b, "LoRA"));
            assertTrue(second.conflicts().isEmpty(), second.conflicts().toString());

            a.notes().edit(idOf(a, "FSGAN"), NoteChanges.none().withBody(body(a, "FSGAN") + "\nA's line\n"));
            b.notes().edit(idOf(b, "HifiFace"), NoteChanges.none().withBody(body(b, "HifiFace") + "\nB's line\n"));
            a.sync().round(Credentials.none());
            var fromA = b.sync().round(Credentials.none());
            a.sync().round(Credentials.none());

            assertTrue(fromA.received() >= 1, "B received A's edit");
            for (var library : new Library[] {a, b}) {
                assertTrue(body(library, "FSGAN").endsWith("\nA's line\n"), body(library, "FSGAN"));
                assertTrue(body(library, "HifiFace").endsWith("\nB's line\n"), body(library, "HifiFace"));
                assertEquals(28, library.notes().list(NoteFilter.ALL).size());
            }
        }
    }

    @Test
    void theSameParagraphEditedOnBothSidesIsAConflictWithBothTextsWhole_andNoMarkerInTheNote() {
        var url = server().createRepository("lab");
        try (var a = TestLibrary.shipped(dir.resolve("a"));
                var b = TestLibrary.shipped(dir.resolve("b"))) {
            a.sync().attach(url);
            a.sync().round(Credentials.none());
            b.sync().attach(url);
            b.sync().round(Credentials.none());

            var original = body(a, "GPEN");
            a.notes().edit(idOf(a, "GPEN"), NoteChanges.none().withBody("A rewrote it: 先验\n"));
            b.notes().edit(idOf(b, "GPEN"), NoteChanges.none().withBody("B rewrote it: prior\n"));
            a.sync().round(Credentials.none());
            var round = b.sync().round(Credentials.none());

            assertEquals(1, round.conflicts().size(), round.conflicts().toString());
            NoteConflict conflict = round.conflicts().getFirst();
            assertTrue(conflict.fields().contains(NoteConflict.Field.BODY));
            assertEquals("B rewrote it: prior\n", conflict.mine().note().body());
            assertEquals("A rewrote it: 先验\n", conflict.theirs().note().body());
            assertEquals(
                    Optional.of(original),
                    conflict.base().map(state -> state.note().body()));
            var waiting = b.sync().conflicts();
            assertEquals(1, waiting.size(), "kept in the library until settled");
            assertEquals(
                    "A rewrote it: 先验\n", waiting.getFirst().theirs().note().body());
            assertEquals(
                    "B rewrote it: prior\n", waiting.getFirst().mine().note().body());
            a.sync().round(Credentials.none());
            for (var library : new Library[] {a, b}) {
                var kept = body(library, "GPEN");
                assertFalse(kept.contains("<<<<<<<") || kept.contains(">>>>>>>"), kept);
                assertEquals(body(a, "GPEN"), kept, "both libraries hold the same text after a round each");
            }

            // settled on B: both versions, the other one a conflict copy beside the note; it travels to A
            var resolved = b.sync().resolve(idOf(b, "GPEN"), SyncConflict.Keep.BOTH);
            var copy = resolved.copy().orElseThrow();
            assertTrue(copy.tags().contains("conflict"), copy.tags().toString());
            assertTrue(b.sync().conflicts().isEmpty(), "settled");
            var texts = List.of(body(b, "GPEN"), b.notes().get(copy.id()).note().body());
            assertTrue(
                    texts.containsAll(List.of("A rewrote it: 先验\n", "B rewrote it: prior\n")),
                    "both texts in notes: " + texts);
            b.sync().round(Credentials.none());
            a.sync().round(Credentials.none());
            assertEquals(copy.body(), a.notes().get(copy.id()).note().body(), "the copy reached A");
        }
    }

    @Test
    void aConflictSettledWithTheirsGivesTheNoteTheOtherVersion_andKeepsTheReplacedOneAsARevision() {
        var url = server().createRepository("lab");
        try (var a = TestLibrary.shipped(dir.resolve("a"));
                var b = TestLibrary.shipped(dir.resolve("b"))) {
            a.sync().attach(url);
            a.sync().round(Credentials.none());
            b.sync().attach(url);
            b.sync().round(Credentials.none());
            a.notes().edit(idOf(a, "GPEN"), NoteChanges.none().withBody("from A\n"));
            b.notes().edit(idOf(b, "GPEN"), NoteChanges.none().withBody("from B\n"));
            a.sync().round(Credentials.none());
            b.sync().round(Credentials.none());
            var id = idOf(b, "GPEN");
            var conflict = b.sync().conflicts().getFirst();
            var keep = conflict.kept() == SyncConflict.Keep.THEIRS ? SyncConflict.Keep.MINE : SyncConflict.Keep.THEIRS;
            var other = conflict.other().note().body();

            var resolved = b.sync().resolve(id, keep);

            assertEquals(other, resolved.note().body());
            assertTrue(b.sync().conflicts().isEmpty());
            assertTrue(
                    b.history().of(id).stream()
                            .anyMatch(revision -> revision.body()
                                    .equals(conflict.other() == conflict.mine() ? "from A\n" : "from B\n")),
                    "the replaced version is a revision");
            assertThrows(PaperNotesException.class, () -> b.sync().resolve(id, SyncConflict.Keep.MINE));
        }
    }

    @Test
    void aRemoteThatIsNotALibraryIsRefusedAndNothingChanges() throws Exception {
        var url = server().createRepository("code");
        var project = dir.resolve("project");
        try (var repository = SyncRepository.init(project, url)) {
            Files.writeString(project.resolve("README.md"), "# a lab's code, not its notes\n");
            repository.commitAll("code", new Author("lab", "lab@localhost", Instant.EPOCH));
            repository.push(Credentials.none());
        }
        try (var library = TestLibrary.shipped(dir.resolve("mine"))) {
            library.sync().attach(url);
            var refused =
                    assertThrows(PaperNotesException.class, () -> library.sync().round(Credentials.none()));
            assertTrue(refused.getMessage().startsWith("The remote is not a PaperNotes library"), refused.getMessage());
            assertEquals(27, library.notes().list(NoteFilter.ALL).size(), "nothing changed");
        }
    }
}
