package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static papernotes.git.NoteMerges.BASE;
import static papernotes.git.NoteMerges.BODY;
import static papernotes.git.NoteMerges.PDF;
import static papernotes.git.NoteMerges.SUPPLEMENT;
import static papernotes.git.NoteMerges.T0;
import static papernotes.git.NoteMerges.at;
import static papernotes.git.NoteMerges.conflict;
import static papernotes.git.NoteMerges.editedAt;
import static papernotes.git.NoteMerges.merge;
import static papernotes.git.NoteMerges.merged;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papernotes.model.Note;
import papernotes.model.NoteConflict.Field;
import papernotes.model.NoteConflict.Side;
import papernotes.model.NoteId;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// How one note merges when two libraries meet (issue #22): which side gives way, what each field keeps, and when
/// it conflicts. Sets: [NoteMergeSetsTest]; the body: [NoteMergeBodyTest].
class NoteMergeTest {

    // ---- whole notes

    @Test
    void aNoteUnchangedHereTakesTheirEdit() {
        var theirs = editedAt(5).title("ESRGAN (2018)").body("改写\n").build();
        assertEquals(MergedNote.clean(Optional.of(theirs)), merge(BASE, BASE, theirs));
    }

    @Test
    void aNoteUnchangedThereKeepsMyEdit() {
        var mine = editedAt(5).tags("gan").files().build();
        assertEquals(MergedNote.clean(Optional.of(mine)), merge(BASE, mine, BASE));
    }

    @Test
    void theSameEditOnBothSidesIsTakenAsItIs() {
        var edit = editedAt(5).title("ESRGAN (2018)").build();
        assertEquals(MergedNote.clean(Optional.of(edit)), merge(BASE, edit, edit));
    }

    @Test
    void aNoteMadeOnOneSideOnlyIsTaken() {
        assertEquals(
                MergedNote.clean(Optional.of(BASE)),
                NoteMerge.merge(Optional.empty(), Optional.empty(), Optional.of(BASE)));
        assertEquals(
                MergedNote.clean(Optional.of(BASE)),
                NoteMerge.merge(Optional.empty(), Optional.of(BASE), Optional.empty()));
    }

    @Test
    void aNoteDeletedHereAndChangedThereIsKeptAsChanged() {
        var theirs = editedAt(5).body(BODY + "新的一行\n").build();
        assertEquals(
                MergedNote.clean(Optional.of(theirs)),
                NoteMerge.merge(Optional.of(BASE), Optional.empty(), Optional.of(theirs)));
    }

    @Test
    void aNoteDeletedThereAndChangedHereIsKeptAsChanged() {
        var mine = editedAt(5).trashed(Optional.of(at(5))).build();
        assertEquals(
                MergedNote.clean(Optional.of(mine)),
                NoteMerge.merge(Optional.of(BASE), Optional.of(mine), Optional.empty()));
    }

    @Test
    void aNoteDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() {
        var deleted = MergedNote.clean(Optional.empty());
        assertEquals(deleted, NoteMerge.merge(Optional.of(BASE), Optional.empty(), Optional.of(BASE)));
        assertEquals(deleted, NoteMerge.merge(Optional.of(BASE), Optional.of(BASE), Optional.empty()));
    }

    @Test
    void aNoteDeletedOnBothSidesIsDeleted() {
        assertEquals(
                MergedNote.clean(Optional.empty()),
                NoteMerge.merge(Optional.of(BASE), Optional.empty(), Optional.empty()));
    }

    @Test
    void statesOfTwoDifferentNotesAreRefused() {
        var other = new NoteState(
                new Note(
                        new NoteId("a1b2c3d4"),
                        "GFPGAN",
                        TopicPath.of("Face Restoration"),
                        List.of(),
                        List.of(),
                        PaperLinks.NONE,
                        "",
                        T0,
                        T0),
                Optional.empty(),
                List.of());
        assertThrows(IllegalArgumentException.class, () -> merge(BASE, BASE, other));
    }

    // ---- fields

    @Test
    void aTitleChangedHereAndATopicChangedThereAreBothTaken() {
        var mine = editedAt(5).title("ESRGAN (2018)").build();
        var theirs = editedAt(9).topic("Super Resolution / GAN").build();
        var note = merged(BASE, mine, theirs).note();
        assertEquals("ESRGAN (2018)", note.title());
        assertEquals(TopicPath.of("Super Resolution", "GAN"), note.topic());
    }

    @Test
    void eachPaperFieldMergesOnItsOwn() {
        var links = BASE.note().links();
        var mine = editedAt(5)
                .links(links.withDoi(Optional.of("10.1007/978-3-030-11021-5_5"))
                        .withYear(Optional.of(2019))
                        .withPaper(Optional.empty()))
                .build();
        var theirs = editedAt(9)
                .links(links.withVenue(Optional.of("ECCVW"))
                        .withCode(Optional.of("https://github.com/xinntao/BasicSR"))
                        .withArxiv(Optional.of("1809.00220"))
                        .withPaperTitle(Optional.of("ESRGAN"))
                        .withAbstract(Optional.empty()))
                .build();
        assertEquals(
                new PaperLinks(
                        Optional.empty(),
                        Optional.of("https://github.com/xinntao/BasicSR"),
                        Optional.of("1809.00220"),
                        Optional.of("10.1007/978-3-030-11021-5_5"),
                        Optional.of(2019),
                        Optional.of("ECCVW"),
                        Optional.of("ESRGAN"),
                        links.authors(),
                        Optional.empty()),
                merged(BASE, mine, theirs).note().links());
    }

    @Test
    void theReadingStatusAndPriorityMergeApart() {
        var mine = editedAt(5).status(Optional.of(ReadingStatus.READ)).build();
        var theirs = editedAt(9).priority(Optional.of(ReadingPriority.HIGH)).build();
        assertEquals(
                new Reading(Optional.of(ReadingStatus.READ), Optional.of(ReadingPriority.HIGH)),
                merged(BASE, mine, theirs).note().reading());
    }

    @Test
    void aFieldChangedToTheSameValueOnBothSidesIsTakenWithoutConflict() {
        var mine = editedAt(5)
                .title("ESRGAN (2018)")
                .priority(Optional.of(ReadingPriority.LOW))
                .build();
        var theirs = editedAt(9).title("ESRGAN (2018)").build();
        var note = merged(BASE, mine, theirs).note();
        assertEquals("ESRGAN (2018)", note.title());
        assertEquals(Optional.of(ReadingPriority.LOW), note.reading().priority());
    }

    @Test
    void aFieldChangedToDifferentValuesKeepsTheLaterEditAndConflicts() {
        var mine = editedAt(9).title("ESRGAN: enhanced SRGAN").build();
        var theirs = editedAt(5).title("ESRGAN (2018)").venue("ECCVW").build();
        var result = merge(BASE, mine, theirs);
        assertEquals(
                "ESRGAN: enhanced SRGAN", result.state().orElseThrow().note().title());
        assertEquals(
                Optional.of("ECCVW"),
                result.state().orElseThrow().note().links().venue());
        assertEquals(
                Map.of(Field.TITLE, Side.MINE), result.conflict().orElseThrow().kept());

        var swapped = merge(BASE, theirs, mine);
        assertEquals(result.state(), swapped.state());
        assertEquals(
                Map.of(Field.TITLE, Side.THEIRS),
                swapped.conflict().orElseThrow().kept());
    }

    @Test
    void whenBothSidesWereSavedAtTheSameInstantTheGreaterValueIsKeptWhicheverSideIsMine() {
        var mine = editedAt(5)
                .title("ESRGAN (2018)")
                .status(Optional.of(ReadingStatus.TO_READ))
                .build();
        var theirs = editedAt(5)
                .title("ESRGAN: enhanced SRGAN")
                .status(Optional.of(ReadingStatus.READ))
                .build();
        var result = merge(BASE, mine, theirs);
        var note = result.state().orElseThrow().note();
        assertEquals("ESRGAN: enhanced SRGAN", note.title()); // ':' comes after ' '
        assertEquals(Optional.of(ReadingStatus.TO_READ), note.reading().status()); // TO_READ comes after READ
        assertEquals(
                Map.of(Field.TITLE, Side.THEIRS, Field.STATUS, Side.MINE),
                result.conflict().orElseThrow().kept());
        assertEquals(result.state(), merge(BASE, theirs, mine).state());
    }

    @Test
    void theAuthorsAreOneListSoTwoDifferentEditsOfItConflict() {
        var mine = editedAt(5)
                .authors("Xintao Wang", "Ke Yu", "Shixiang Wu", "Jinjin Gu")
                .build();
        var theirs = editedAt(9).authors("Xintao Wang", "Ke Yu", "Shixiang WU").build();
        var result = merge(BASE, mine, theirs);
        assertEquals(
                List.of("Xintao Wang", "Ke Yu", "Shixiang WU"),
                result.state().orElseThrow().note().links().authors());
        assertEquals(
                Map.of(Field.AUTHORS, Side.THEIRS),
                result.conflict().orElseThrow().kept());
    }

    @Test
    void aNoteTrashedHereAndEditedThereIsInTheTrashWithTheEdit() {
        var mine = editedAt(5).trashed(Optional.of(at(5))).build();
        var theirs = editedAt(9).body(BODY + "网络插值\n").build();
        var state = merged(BASE, mine, theirs);
        assertEquals(Optional.of(at(5)), state.trashed());
        assertEquals(BODY + "网络插值\n", state.note().body());
    }

    @Test
    void aNoteRestoredFromTheTrashHereStaysRestored() {
        var trashed = editedAt(1).trashed(Optional.of(at(1))).build();
        var mine = NoteStateBuilder.from(trashed)
                .updated(at(5))
                .trashed(Optional.empty())
                .build();
        var theirs = NoteStateBuilder.from(trashed)
                .updated(at(9))
                .tags("GAN", "SR", "x4")
                .build();
        assertEquals(Optional.empty(), merged(trashed, mine, theirs).trashed());
    }

    @Test
    void aNoteTrashedAtDifferentTimesOnEachSideConflicts() {
        var mine = editedAt(5).trashed(Optional.of(at(5))).title("旧").build();
        var theirs = editedAt(9).trashed(Optional.of(at(9))).build();
        var result = merge(BASE, mine, theirs);
        assertEquals(Optional.of(at(9)), result.state().orElseThrow().trashed());
        assertEquals(
                Map.of(Field.TRASHED, Side.THEIRS),
                result.conflict().orElseThrow().kept());
    }

    // ---- times

    @Test
    void createdIsTheEarlierAndUpdatedTheLater() {
        var mine = editedAt(5).created(at(-60)).title("ESRGAN (2018)").build();
        var theirs = editedAt(9).created(at(-30)).tags("GAN").build();
        var note = merged(BASE, mine, theirs).note();
        assertEquals(at(-60), note.created());
        assertEquals(at(9), note.updated());
    }

    // ---- without a base

    @Test
    void withoutABaseEqualValuesAreTakenAndTheSetsUnited() {
        var mine = editedAt(5).tags("GAN", "x4").aliases("RRDBNet").files(PDF).build();
        var theirs = editedAt(9).tags("sr", "GAN").aliases().files(SUPPLEMENT).build();
        var result = NoteMerge.merge(Optional.empty(), Optional.of(mine), Optional.of(theirs));
        assertEquals(Optional.empty(), result.conflict());
        var state = result.state().orElseThrow();
        assertEquals(List.of("GAN", "x4", "sr"), state.note().tags());
        assertEquals(List.of("RRDBNet"), state.note().aliases());
        assertEquals(List.of(PDF, SUPPLEMENT), state.files());
        assertEquals(BASE.note().title(), state.note().title());
        assertEquals(BODY, state.note().body());
    }

    @Test
    void withoutABaseDifferentValuesConflictEvenWhereOneSideHasNone() {
        var mine = editedAt(5).title("ESRGAN (2018)").body(BODY + "我的\n").build();
        var theirs = editedAt(9)
                .body(BODY + "他们的\n")
                .links(BASE.note().links().withDoi(Optional.of("10.1007/978-3-030-11021-5_5")))
                .build();
        var result = NoteMerge.merge(Optional.empty(), Optional.of(mine), Optional.of(theirs));
        var state = result.state().orElseThrow();
        assertEquals(theirs.note().body(), state.note().body());
        assertEquals("ESRGAN", state.note().title());
        assertEquals(
                Optional.of("10.1007/978-3-030-11021-5_5"), state.note().links().doi());
        var conflict = result.conflict().orElseThrow();
        assertEquals(
                Map.of(Field.TITLE, Side.THEIRS, Field.DOI, Side.THEIRS, Field.BODY, Side.THEIRS), conflict.kept());
        assertEquals(Optional.empty(), conflict.base());
    }

    @Test
    void withoutABaseBodiesThatDifferConflictRatherThanMergeLineByLine() {
        var mine = editedAt(5).body("甲\n").build();
        var theirs = editedAt(9).body("甲\n乙\n").build();
        var result = NoteMerge.merge(Optional.empty(), Optional.of(mine), Optional.of(theirs));
        assertEquals("甲\n乙\n", result.state().orElseThrow().note().body());
        assertEquals(
                Map.of(Field.BODY, Side.THEIRS), result.conflict().orElseThrow().kept());
    }

    // ---- the conflict

    @Test
    void aConflictNamesOnlyTheFieldsThatReallyConflictedInTheOrderOfTheFields() {
        var mine = editedAt(9)
                .title("ESRGAN (2018)")
                .body("一\n")
                .tags("x4")
                .status(Optional.of(ReadingStatus.READ))
                .build();
        var theirs = editedAt(5)
                .title("ESRGAN!")
                .body("二\n")
                .tags("x2")
                .priority(Optional.of(ReadingPriority.HIGH))
                .build();
        var conflict = conflict(BASE, mine, theirs);
        assertEquals(List.of(Field.TITLE, Field.BODY), List.copyOf(conflict.fields()));
        assertEquals(BASE.id(), conflict.id());
    }
}
