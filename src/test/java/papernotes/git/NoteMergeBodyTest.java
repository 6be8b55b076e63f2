package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static papernotes.git.NoteMerges.BASE;
import static papernotes.git.NoteMerges.BODY;
import static papernotes.git.NoteMerges.at;
import static papernotes.git.NoteMerges.conflict;
import static papernotes.git.NoteMerges.editedAt;
import static papernotes.git.NoteMerges.merge;
import static papernotes.git.NoteMerges.merged;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papernotes.model.NoteConflict.Field;
import papernotes.model.NoteConflict.Side;

/// A note's body changed on both sides merges line by line; when lines conflict the note keeps one body whole and
/// the conflict both.
class NoteMergeBodyTest {

    @Test
    void bodiesEditedInDifferentPlacesMergeLineByLine() {
        var mine = editedAt(5)
                .body("# ESRGAN (ECCVW 2018)\nRRDB 结构\n无 BN\n相对判别器\n感知损失在激活前\n")
                .build();
        var theirs = editedAt(9)
                .body("# ESRGAN\nRRDB 结构\n无 BN\n相对判别器 RaGAN\n感知损失在激活前\n网络插值\n")
                .build();
        assertEquals(
                "# ESRGAN (ECCVW 2018)\nRRDB 结构\n无 BN\n相对判别器 RaGAN\n感知损失在激活前\n网络插值\n",
                merged(BASE, mine, theirs).note().body());
    }

    @Test
    void aBodyMergedCleanlyKeepsItsLineEndsExactly() {
        var base = editedAt(0).body("a\r\nb\r\nc\r\nd").build();
        var mine = NoteStateBuilder.from(base)
                .updated(at(5))
                .body("A\r\nb\r\nc\r\nd")
                .build();
        var theirs = NoteStateBuilder.from(base)
                .updated(at(9))
                .body("a\r\nb\r\nc\r\nD")
                .build();
        assertEquals("A\r\nb\r\nc\r\nD", merged(base, mine, theirs).note().body());
    }

    @Test
    void bodiesEditedInTheSamePlaceKeepTheLaterBodyAndTheConflictHoldsBothWhole() {
        var mine = editedAt(9)
                .body("# ESRGAN\nRRDB 结构（23 个块）\n无 BN\n相对判别器\n感知损失在激活前\n")
                .build();
        var theirs = editedAt(5)
                .body("# ESRGAN\nRRDB：残差中的残差\n无 BN\n相对判别器\n感知损失在激活前\n")
                .build();
        var result = merge(BASE, mine, theirs);
        assertEquals(mine.note().body(), result.state().orElseThrow().note().body());
        var conflict = result.conflict().orElseThrow();
        assertEquals(Map.of(Field.BODY, Side.MINE), conflict.kept());
        assertEquals(mine, conflict.mine());
        assertEquals(theirs, conflict.theirs());
        assertEquals(Optional.of(BASE), conflict.base());
    }

    @Test
    void aBodyEmptiedHereAndEditedThereConflicts() {
        var mine = editedAt(5).body("").build();
        var theirs = editedAt(9).body(BODY + "网络插值\n").build();
        var result = merge(BASE, mine, theirs);
        assertEquals(theirs.note().body(), result.state().orElseThrow().note().body());
        assertEquals(
                Map.of(Field.BODY, Side.THEIRS), result.conflict().orElseThrow().kept());
    }
}
