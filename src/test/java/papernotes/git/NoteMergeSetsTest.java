package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static papernotes.git.NoteMerges.BASE;
import static papernotes.git.NoteMerges.PDF;
import static papernotes.git.NoteMerges.SUPPLEMENT;
import static papernotes.git.NoteMerges.editedAt;
import static papernotes.git.NoteMerges.merge;
import static papernotes.git.NoteMerges.merged;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Tags, aliases and attached files merge as sets when a note changed on both sides: they never conflict.
class NoteMergeSetsTest {

    @Test
    void aTagAddedHereAndAnotherRemovedThereAreBothKept() {
        var mine = editedAt(5).tags("GAN", "SR", "x4").build();
        var theirs = editedAt(9).tags("GAN").build();
        assertEquals(List.of("GAN", "x4"), merged(BASE, mine, theirs).note().tags());
    }

    @Test
    void tagsAddedOnBothSidesComeInMyOrderThenTheirAdditionsInTheirOrder() {
        var mine = editedAt(5).tags("perceptual", "GAN", "SR", "x4").build();
        var theirs = editedAt(9).tags("RRDB", "SR", "GAN", "BN-free").build();
        assertEquals(
                List.of("perceptual", "GAN", "SR", "x4", "RRDB", "BN-free"),
                merged(BASE, mine, theirs).note().tags());
    }

    @Test
    void tagsCompareIgnoringCaseSoOneAddedOnBothSidesInOtherCasesIsThereOnce() {
        var mine = editedAt(9).tags("GAN", "SR", "RRDB").build();
        var theirs = editedAt(5).tags("GAN", "SR", "rrdb").build();
        var result = merge(BASE, mine, theirs);
        assertEquals(
                List.of("GAN", "SR", "RRDB"),
                result.state().orElseThrow().note().tags());
        assertEquals(Optional.empty(), result.conflict(), "a tag's case never conflicts");
    }

    @Test
    void aTagRespelledOnOneSideTakesTheNewSpellingWhateverTheOtherSideDid() {
        var mine = editedAt(5).tags("GAN", "SR", "x4").build();
        var theirs = editedAt(9).tags("gan", "SR").build();
        assertEquals(
                List.of("gan", "SR", "x4"), merged(BASE, mine, theirs).note().tags());
    }

    @Test
    void aTagRemovedOnOneSideIsGoneEvenWhenTheOtherRespelledIt() {
        var mine = editedAt(5).tags("SR").build();
        var theirs = editedAt(9).tags("gan", "SR").build();
        assertEquals(List.of("SR"), merged(BASE, mine, theirs).note().tags());
    }

    @Test
    void aliasesMergeAsSetsIgnoringCase() {
        var mine = editedAt(9).aliases("Enhanced SRGAN", "RRDBNet").build();
        var theirs = editedAt(5).aliases("rrdbnet", "ESRGAN+").build();
        assertEquals(
                List.of("RRDBNet", "ESRGAN+"), merged(BASE, mine, theirs).note().aliases());
    }

    @Test
    void filesAttachedOnEitherSideAreAllKeptAndOneDetachedOnEitherSideIsGone() {
        var mine = editedAt(5).files(PDF, SUPPLEMENT).build();
        var theirs = editedAt(9).files().build();
        assertEquals(List.of(SUPPLEMENT), merged(BASE, mine, theirs).files());
        var other = editedAt(9).files(PDF, "0123456789abcdef.png").build();
        assertEquals(
                List.of(PDF, SUPPLEMENT, "0123456789abcdef.png"),
                merged(BASE, mine, other).files());
    }

    @Test
    void fileNamesCompareExactly() {
        var mine = editedAt(5).files(PDF, "ABCDEF.pdf").build();
        var theirs = editedAt(9).files(PDF, "abcdef.pdf").build();
        assertEquals(
                List.of(PDF, "ABCDEF.pdf", "abcdef.pdf"),
                merged(BASE, mine, theirs).files());
    }
}
