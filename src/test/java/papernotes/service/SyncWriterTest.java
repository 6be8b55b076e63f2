package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// What a sync round merged becomes the library's notes in one transaction: a note from the other side is added
/// with its id and times, a changed one is updated with the version it replaces kept as a revision, the trash state
/// follows, a note deleted for good there goes here too, and a note already as merged is left alone.
class SyncWriterTest {

    @TempDir
    Path dir;

    private static NoteState state(TestLibrary library, NoteId id) {
        var stored = library.notes().get(id);
        return new NoteState(stored.note(), stored.trashed(), List.of());
    }

    private static boolean write(TestLibrary library, NoteId id, Optional<NoteState> merged) {
        var writer = new SyncWriter(library.notes(), library.store().dataDir().resolve("attachments"));
        return library.store().write(session -> writer.write(session, id, merged));
    }

    @Test
    void aNoteFromTheOtherSideIsAddedWithItsIdAndTimes_andWritingItAgainChangesNothing() {
        try (var library = TestLibrary.empty(dir.resolve("a"))) {
            var id = new NoteId("k3v9x2mq");
            var note = new Note(
                    id,
                    "SimSwap",
                    TopicPath.of("Face Swap", "身份"),
                    List.of("换脸"),
                    List.of(),
                    PaperLinks.NONE.withArxiv(Optional.of("2106.06340")),
                    "基于arcface提取id特征\n",
                    Instant.parse("2021-03-01T08:00:00Z"),
                    Instant.parse("2026-12-01T08:00:00Z"));

            assertTrue(write(library, id, Optional.of(NoteState.of(note))));

            assertEquals(note, library.notes().get(id).note());
            assertFalse(write(library, id, Optional.of(NoteState.of(note))), "already as merged");
            assertEquals(List.of(), library.history().of(id), "no revision for an unchanged note");
        }
    }

    @Test
    void aChangedNoteIsUpdatedAndTheVersionItReplacesIsKept_thenTrashedAndRestoredAsMerged() {
        try (var library = TestLibrary.empty(dir.resolve("b"))) {
            var id = library.notes()
                    .create(NoteDraft.of("FSGAN", TopicPath.of("Face Swap"), "first text\n"))
                    .id();
            var before = state(library, id);
            var edited = new Note(
                    id,
                    "FSGAN (ICCV 2019)",
                    before.note().topic(),
                    List.of("gan"),
                    List.of(),
                    before.note().links(),
                    "first text\nand a line written on the laptop\n",
                    before.note().created(),
                    before.note().updated().plusSeconds(60));

            assertTrue(write(library, id, Optional.of(NoteState.of(edited))));
            assertEquals(edited, library.notes().get(id).note());
            assertEquals(1, library.history().of(id).size(), "the replaced version is a revision");

            var trashedAt = Instant.parse("2026-12-08T00:00:00Z");
            write(library, id, Optional.of(new NoteState(edited, Optional.of(trashedAt), List.of())));
            assertEquals(Optional.of(trashedAt), library.notes().get(id).trashed());
            write(library, id, Optional.of(NoteState.of(edited)));
            assertFalse(library.notes().get(id).isTrashed(), "restored as merged");
        }
    }

    @Test
    void aNoteDeletedForGoodOnTheOtherSideGoesHereToo() {
        try (var library = TestLibrary.empty(dir.resolve("c"))) {
            var id = library.notes()
                    .create(NoteDraft.of("Old idea", TopicPath.of("Inbox"), "废弃\n"))
                    .id();
            assertTrue(write(library, id, Optional.empty()));
            assertTrue(library.store().read(session -> session.notes().find(id)).isEmpty(), "not even in the trash");
            assertFalse(write(library, id, Optional.empty()), "nothing left to delete");
        }
    }
}
