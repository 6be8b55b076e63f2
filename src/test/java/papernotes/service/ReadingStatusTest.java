package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import papernotes.LibraryInTempDir;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteOrder;
import papernotes.model.NoteSummary;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// A note's reading status and priority: stored with it, changed by an edit like its tags (the version before is
/// kept as a revision), listed, filtered, ordered and searched by; a note without them is simply a note.
class ReadingStatusTest {

    @RegisterExtension
    final LibraryInTempDir folder = new LibraryInTempDir();

    private TestLibrary test;
    private NoteService notes;

    @BeforeEach
    void open() {
        test = folder.test();
        notes = test.notes();
    }

    private NoteId create(String title, Reading reading) {
        return notes.create(new NoteDraft(
                        Optional.empty(),
                        title,
                        TopicPath.of("Face Swap"),
                        List.of(),
                        List.of(),
                        PaperLinks.NONE,
                        reading,
                        "正文 qzxv"))
                .id();
    }

    private static Reading reading(ReadingStatus status, ReadingPriority priority) {
        return new Reading(Optional.of(status), Optional.of(priority));
    }

    private List<String> titles(List<NoteSummary> list) {
        return list.stream().map(NoteSummary::title).toList();
    }

    private List<String> listed(Optional<ReadingStatus> status, NoteOrder order) {
        return titles(notes.list(new NoteFilter(Optional.empty(), Optional.empty(), status), order));
    }

    @Test
    void aNoteKeepsTheStatusAndPriorityItWasCreatedWith_andANoteWithoutHasNone() {
        var fsgan = create("FSGAN", reading(ReadingStatus.TO_READ, ReadingPriority.HIGH));
        var plain = create("Notes on GANs", Reading.NONE);
        assertEquals(
                reading(ReadingStatus.TO_READ, ReadingPriority.HIGH),
                notes.get(fsgan).note().reading());
        assertEquals(Reading.NONE, notes.get(plain).note().reading());
        assertEquals(
                reading(ReadingStatus.TO_READ, ReadingPriority.HIGH),
                notes.list(NoteFilter.ALL).stream()
                        .filter(n -> n.id().equals(fsgan))
                        .findFirst()
                        .orElseThrow()
                        .reading(),
                "the list shows it");
    }

    @Test
    void settingTheStatusIsAnEditThatKeepsARevision_andClearingItTakesItOff() {
        var id = create("FSGAN", Reading.NONE);
        var marked = notes.edit(id, NoteChanges.none().withStatus("reading").withPriority("2"));
        assertTrue(marked.changed());
        assertEquals(Optional.of(1), marked.revision());
        assertEquals(
                reading(ReadingStatus.READING, ReadingPriority.MEDIUM),
                notes.get(id).note().reading());
        // the same again changes nothing and keeps no revision
        assertFalse(notes.edit(id, NoteChanges.none().withStatus("在读")).changed());
        // the priority stays when only the status changes
        notes.edit(id, NoteChanges.none().withStatus(Optional.of(ReadingStatus.READ)));
        assertEquals(
                reading(ReadingStatus.READ, ReadingPriority.MEDIUM),
                notes.get(id).note().reading());
        notes.edit(id, NoteChanges.none().withStatus("").withPriority(""));
        assertEquals(Reading.NONE, notes.get(id).note().reading());
        assertEquals(3, test.history().of(id).size());
    }

    @Test
    void aStatusOrPriorityThatIsNoneIsRefusedInOneSentence_beforeAnythingIsWritten() {
        var id = create("FSGAN", Reading.of(ReadingStatus.TO_READ));
        var status = assertThrows(
                InvalidInputException.class, () -> NoteChanges.none().withStatus("maybe"));
        assertEquals(
                "'maybe' is not a reading status: give to-read, reading or read (待读, 在读, 已读), or nothing to clear it.",
                status.getMessage());
        var priority = assertThrows(
                InvalidInputException.class, () -> NoteChanges.none().withPriority("4"));
        assertEquals(
                "'4' is not a priority: give 1 (high), 2 or 3 (low), or nothing to clear it.", priority.getMessage());
        assertEquals(Reading.of(ReadingStatus.TO_READ), notes.get(id).note().reading());
    }

    @Test
    void theListIsFilteredByStatus_andOrderedByPriority_notesWithoutComingLast() {
        create("Zebra", reading(ReadingStatus.TO_READ, ReadingPriority.LOW));
        create("Alpha", Reading.NONE);
        create("Mango", reading(ReadingStatus.TO_READ, ReadingPriority.HIGH));
        create("Kiwi", reading(ReadingStatus.READ, ReadingPriority.HIGH));
        create("Fig", Reading.of(ReadingStatus.TO_READ));

        assertEquals(List.of("Fig", "Mango", "Zebra"), listed(Optional.of(ReadingStatus.TO_READ), NoteOrder.TOPIC));
        assertEquals(List.of("Mango", "Zebra", "Fig"), listed(Optional.of(ReadingStatus.TO_READ), NoteOrder.PRIORITY));
        assertEquals(List.of("Kiwi"), listed(Optional.of(ReadingStatus.READ), NoteOrder.TOPIC));
        assertEquals(List.of(), listed(Optional.of(ReadingStatus.READING), NoteOrder.TOPIC));
        assertEquals(List.of("Mango", "Kiwi", "Zebra", "Fig", "Alpha"), listed(Optional.empty(), NoteOrder.PRIORITY));
        assertEquals(List.of("Alpha", "Fig", "Kiwi", "Mango", "Zebra"), listed(Optional.empty(), NoteOrder.TITLE));
        assertEquals(List.of("Fig", "Kiwi", "Mango", "Alpha", "Zebra"), listed(Optional.empty(), NoteOrder.UPDATED));
    }

    @Test
    void searchIsFilteredByStatus_andFollowsAChangeOfIt() {
        var fsgan = create("FSGAN", Reading.of(ReadingStatus.TO_READ));
        create("SimSwap", Reading.of(ReadingStatus.READ));
        create("HifiFace", Reading.NONE);
        assertEquals(List.of("FSGAN"), searched(Optional.of(ReadingStatus.TO_READ)));
        assertEquals(List.of("FSGAN", "HifiFace", "SimSwap"), searched(Optional.empty()));

        notes.edit(fsgan, NoteChanges.none().withStatus("read"));
        assertEquals(List.of(), searched(Optional.of(ReadingStatus.TO_READ)));
        assertEquals(List.of("FSGAN", "SimSwap"), searched(Optional.of(ReadingStatus.READ)));
    }

    private List<String> searched(Optional<ReadingStatus> status) {
        return test
                .search()
                .search("qzxv", 50, new NoteFilter(Optional.empty(), Optional.empty(), status))
                .hits()
                .stream()
                .map(hit -> hit.note().title())
                .sorted()
                .toList();
    }

    /// An import that updates a note from a file knows nothing of reading statuses: the note keeps its own.
    @Test
    void aWriteThatKnowsNothingOfTheStatus_leavesItAsItIs() {
        var id = create("FSGAN", reading(ReadingStatus.READING, ReadingPriority.LOW));
        var before = notes.get(id).note();
        test.store().write(session -> {
            session.notes()
                    .update(new Note(
                            id,
                            "FSGAN (updated)",
                            before.topic(),
                            before.tags(),
                            before.aliases(),
                            before.links(),
                            before.body(),
                            before.created(),
                            before.updated().plusSeconds(1)));
            return null;
        });
        var after = notes.get(id).note();
        assertEquals("FSGAN (updated)", after.title());
        assertEquals(reading(ReadingStatus.READING, ReadingPriority.LOW), after.reading());
    }

    @Test
    void aNoteCapturedFromAPaperStartsToBeRead() {
        assertEquals(Reading.of(ReadingStatus.TO_READ), PaperCapture.READING);
    }
}
