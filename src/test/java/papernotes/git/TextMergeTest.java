package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/// How a text merges, line by line as git merges a file: the merged text is exact, line ends and all.
class TextMergeTest {

    private static final String BASE = "# ESRGAN\nRRDB\n无 BN\n相对判别器\n";

    private static void assertMerges(String expected, String base, String mine, String theirs) {
        assertEquals(Optional.of(expected), TextMerge.merge(base, mine, theirs), "mine, theirs");
        assertEquals(Optional.of(expected), TextMerge.merge(base, theirs, mine), "theirs, mine");
    }

    private static void assertConflicts(String base, String mine, String theirs) {
        assertEquals(Optional.empty(), TextMerge.merge(base, mine, theirs), "mine, theirs");
        assertEquals(Optional.empty(), TextMerge.merge(base, theirs, mine), "theirs, mine");
    }

    @Test
    void aSideThatChangedNothingTakesTheOtherSidesText() {
        var changed = "# ESRGAN\r\nRRDB 结构\r\n\r\n";
        assertMerges(changed, BASE, BASE, changed);
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        var changed = "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器\n";
        assertMerges(changed, BASE, changed, changed);
    }

    @Test
    void linesChangedApartOnEachSideAreBothTaken() {
        assertMerges(
                "# ESRGAN (2018)\nRRDB\n无 BN\n相对判别器 RaGAN\n",
                BASE,
                "# ESRGAN (2018)\nRRDB\n无 BN\n相对判别器\n",
                "# ESRGAN\nRRDB\n无 BN\n相对判别器 RaGAN\n");
    }

    @Test
    void aLineRemovedHereAndAnotherAddedThereAreBothTaken() {
        assertMerges("# ESRGAN\nRRDB\n相对判别器\n感知损失在激活前\n", BASE, "# ESRGAN\nRRDB\n相对判别器\n", BASE + "感知损失在激活前\n");
    }

    @Test
    void oneLineChangedDifferentlyOnEachSideConflicts() {
        assertConflicts(BASE, "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器\n", "# ESRGAN\nRRDB block\n无 BN\n相对判别器\n");
    }

    @Test
    void differentLinesAddedAtTheSamePlaceConflict() {
        assertConflicts(BASE, BASE + "感知损失\n", BASE + "网络插值\n");
    }

    @Test
    void aLineChangedHereAndRemovedThereConflicts() {
        assertConflicts(BASE, "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器\n", "# ESRGAN\n无 BN\n相对判别器\n");
    }

    @Test
    void aTextWithoutAFinalLineBreakStaysWithoutOne() {
        var base = "a\nb\nc";
        assertMerges("A\nb\nc", base, "A\nb\nc", base);
        assertMerges("A\nb\nC", base, "A\nb\nc", "a\nb\nC");
    }

    @Test
    void aFinalLineBreakAddedOnOneSideIsKeptWithAnEditElsewhere() {
        assertMerges("A\nb\nc\n", "a\nb\nc", "A\nb\nc", "a\nb\nc\n");
    }

    @Test
    void aFinalLineBreakRemovedOnOneSideStaysRemovedWithAnEditElsewhere() {
        assertMerges("A\nb\nc", "a\nb\nc\n", "A\nb\nc\n", "a\nb\nc");
    }

    @Test
    void aLineAddedAfterALastLineWithoutLineBreakConflictsWithAnEditOfThatLine() {
        // the last line gains a line break on one side, so both sides changed it
        assertConflicts("a\nb", "a\nb\nc", "a\nB");
    }

    @Test
    void emptyLinesAndTrailingEmptyLinesAreKept() {
        assertMerges("A\n\n\nb\n\n\n", "a\n\n\nb\n\n", "A\n\n\nb\n\n", "a\n\n\nb\n\n\n");
    }

    @Test
    void crlfLinesStayCrlf() {
        var base = "# FSGAN\r\n换脸\r\n重演\r\n";
        assertMerges(
                "# FSGAN 2019\r\n换脸\r\n重演 + 修补\r\n",
                base,
                "# FSGAN 2019\r\n换脸\r\n重演\r\n",
                "# FSGAN\r\n换脸\r\n重演 + 修补\r\n");
    }

    @Test
    void mixedLineEndsAreKeptLineByLine() {
        var base = "a\r\nb\nc\r\nd";
        assertMerges("A\r\nb\nc\r\nD", base, "A\r\nb\nc\r\nd", "a\r\nb\nc\r\nD");
    }

    @Test
    void aLoneCarriageReturnIsPartOfItsLine() {
        assertMerges("A\rb\nc\n", "a\rb\nc\n", "A\rb\nc\n", "a\rb\nc\n");
        assertMerges("A\rb\nx\nC\n", "a\rb\nx\nc\n", "A\rb\nx\nc\n", "a\rb\nx\nC\n");
    }

    @Test
    void neighbouringLinesChangedOnEachSideConflictAsInGit() {
        assertConflicts("a\nb\nc\n", "A\nb\nc\n", "a\nB\nc\n");
    }

    @Test
    void turningEveryLineToCrlfChangesEveryLineSoAnEditElsewhereConflicts() {
        assertConflicts("a\nb\nc\n", "a\r\nb\r\nc\r\n", "a\nb\nC\n");
    }

    @Test
    void emptyTextsMerge() {
        assertMerges("", "", "", "");
        assertMerges("第一行\n", "", "", "第一行\n");
        assertMerges("", BASE, "", BASE);
        assertMerges("", BASE, "", "");
    }

    @Test
    void textAddedToAnEmptyBaseOnBothSidesConflictsUnlessTheSame() {
        assertConflicts("", "第一行\n", "另一行\n");
        assertMerges("同一行\n", "", "同一行\n", "同一行\n");
    }

    @Test
    void aTextEmptiedOnOneSideAndEditedOnTheOtherConflicts() {
        assertConflicts(BASE, "", "# ESRGAN\nRRDB\n无 BN\n相对判别器 RaGAN\n");
    }

    @Test
    void chineseTextAndCharactersBeyondTheBasicPlaneComeOutExact() {
        var base = "## 方法\n基于stylegan2的先验 𝔼[x]\n用arcface提取id特征\n## 结果\n效果🙂\n";
        assertMerges(
                "## 方法（改）\n基于stylegan2的先验 𝔼[x]\n用arcface提取id特征\n## 结果\n效果很好🙂👍\n",
                base,
                "## 方法（改）\n基于stylegan2的先验 𝔼[x]\n用arcface提取id特征\n## 结果\n效果🙂\n",
                "## 方法\n基于stylegan2的先验 𝔼[x]\n用arcface提取id特征\n## 结果\n效果很好🙂👍\n");
    }

    @Test
    void aGlossaryFileWithTermsAddedOnBothSidesAtDifferentPlacesMerges() {
        var base = "换脸\tface swap\n重演\treenactment\n超分\tsuper-resolution\n";
        assertMerges(
                "换脸\tface swap\n人脸修复\tface restoration\n重演\treenactment\n超分\tsuper-resolution\n去噪\tdenoising\n",
                base,
                "换脸\tface swap\n人脸修复\tface restoration\n重演\treenactment\n超分\tsuper-resolution\n",
                base + "去噪\tdenoising\n");
    }
}
