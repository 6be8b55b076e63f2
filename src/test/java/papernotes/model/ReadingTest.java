package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// How a reading status and a priority are read from what people type, in English or Chinese, and how notes are
/// ordered by them.
class ReadingTest {

    @Test
    void aStatusIsReadInEitherLanguage_inAnyCase_blankBeingNone() {
        for (String typed : List.of("to-read", "To Read", " to_read ", "TO-READ", "待读")) {
            assertEquals(Optional.of(ReadingStatus.TO_READ), ReadingStatus.parse(typed), typed);
        }
        assertEquals(Optional.of(ReadingStatus.READING), ReadingStatus.parse("在读"));
        assertEquals(Optional.of(ReadingStatus.READ), ReadingStatus.parse("Read"));
        assertEquals(Optional.of(ReadingStatus.READ), ReadingStatus.parse("已读"));
        assertEquals(Optional.empty(), ReadingStatus.parse("  "));
        var error = assertThrows(InvalidInputException.class, () -> ReadingStatus.parse("skimmed"));
        assertEquals(
                "'skimmed' is not a reading status: give to-read, reading or read (待读, 在读, 已读), or nothing to clear it.",
                error.getMessage());
    }

    @Test
    void aPriorityIsOneToThree_inWordsOrAsJabRefWritesIt() {
        assertEquals(Optional.of(ReadingPriority.HIGH), ReadingPriority.parse("1"));
        assertEquals(Optional.of(ReadingPriority.HIGH), ReadingPriority.parse("prio1"));
        assertEquals(Optional.of(ReadingPriority.MEDIUM), ReadingPriority.parse("Medium"));
        assertEquals(Optional.of(ReadingPriority.LOW), ReadingPriority.parse("低"));
        assertEquals(Optional.empty(), ReadingPriority.parse(""));
        assertThrows(InvalidInputException.class, () -> ReadingPriority.parse("0"));
        assertThrows(InvalidInputException.class, () -> ReadingPriority.parse("urgent"));
    }

    @Test
    void anEditKeepsTheStatusAsTheLibraryWritesIt_andAppliesOnlyWhatItNames() {
        var changes = NoteChanges.none().withStatus("待读");
        assertEquals(Optional.of("to-read"), changes.status());
        assertEquals(Optional.empty(), changes.priority());
        var before = new Reading(Optional.of(ReadingStatus.READ), Optional.of(ReadingPriority.LOW));
        assertEquals(
                new Reading(Optional.of(ReadingStatus.TO_READ), Optional.of(ReadingPriority.LOW)),
                changes.applyTo(before));
        assertEquals(
                Reading.NONE, NoteChanges.none().withStatus("").withPriority("").applyTo(before));
        assertEquals(before, NoteChanges.none().applyTo(before));
    }

    @Test
    void byPriority_theMostPressingComeFirst_andNotesWithoutLast() {
        var high = new Reading(Optional.of(ReadingStatus.READ), Optional.of(ReadingPriority.HIGH));
        var highToRead = new Reading(Optional.of(ReadingStatus.TO_READ), Optional.of(ReadingPriority.HIGH));
        var low = new Reading(Optional.empty(), Optional.of(ReadingPriority.LOW));
        var toRead = Reading.of(ReadingStatus.TO_READ);
        var list = new ArrayList<>(List.of(Reading.NONE, low, high, toRead, highToRead));
        list.sort(Reading.BY_PRIORITY);
        assertEquals(List.of(highToRead, high, low, toRead, Reading.NONE), list);
        list.sort(Reading.BY_STATUS);
        assertEquals(List.of(highToRead, toRead, high, low, Reading.NONE), list);
    }
}
