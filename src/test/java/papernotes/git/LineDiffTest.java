package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import papernotes.model.DiffLine;
import papernotes.model.DiffLine.Kind;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAdded() {
        assertEquals(
                List.of(
                        DiffLine.same("# ESRGAN"),
                        DiffLine.removed("RRDB"),
                        DiffLine.added("RRDB 结构"),
                        DiffLine.same("无 BN"),
                        DiffLine.added("相对判别器")),
                LineDiff.between("# ESRGAN\nRRDB\n无 BN\n", "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器"));
    }

    @Test
    void emptyTextsHaveNoLinesAndAFinalLineBreakIsNoLine() {
        assertEquals(List.of(), LineDiff.between("", ""));
        assertEquals(List.of(DiffLine.added("a")), LineDiff.between("", "a\n"));
        assertEquals(List.of(DiffLine.same("a")), LineDiff.between("a", "a\n"));
        assertEquals(List.of(DiffLine.same("a"), DiffLine.added("")), LineDiff.between("a\n", "a\n\n"));
    }

    @Test
    void unchangedTextsAreAllTheSame() {
        var text = "# GFPGAN\n\n基于stylegan2\narcface提取id特征\n\n";
        assertEquals(
                List.of(
                        DiffLine.same("# GFPGAN"),
                        DiffLine.same(""),
                        DiffLine.same("基于stylegan2"),
                        DiffLine.same("arcface提取id特征"),
                        DiffLine.same("")),
                LineDiff.between(text, text));
    }

    @Test
    void anyTwoTextsRebuildFromTheirDiff() {
        var random = new Random(3);
        for (int run = 0; run < 500; run++) {
            var before = randomLines(random, random.nextInt(30), 5);
            var after = randomLines(random, random.nextInt(30), 5);
            assertRebuilds(before, after, LineDiff.between(String.join("\n", before), String.join("\n", after)));
        }
    }

    @Test
    void oneEditedLineAmongTenThousandIsOneRemovalAndOneAddition() {
        var before = IntStream.range(0, 10_000).mapToObj(i -> "line " + i).toList();
        var after = new ArrayList<>(before);
        after.set(5_000, "edited");
        var diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
        assertEquals(List.of(DiffLine.removed("line 5000"), DiffLine.added("edited")), changes(diff));
    }

    @Test
    void aMovedParagraphIsOneRemovalAndOneAddition() {
        var before = List.of("# Method", "RRDB", "无 BN", "# Results", "PSNR 提升", "# Notes", "相对判别器");
        var after = List.of("# Method", "RRDB", "无 BN", "# Notes", "相对判别器", "# Results", "PSNR 提升");
        var diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
        assertRebuilds(before, after, diff);
        assertEquals(5, count(diff, Kind.SAME), "only the two moved lines change: " + diff);
    }

    @Test
    void tenThousandLinesWithScatteredEditsKeepTheLinesTheyShare() {
        var random = new Random(5);
        var before = IntStream.range(0, 10_000)
                .mapToObj(i -> "line " + i + " " + (i % 7 == 0 ? "" : "text"))
                .toList();
        var after = new ArrayList<>(before);
        for (int i = 0; i < 300; i++) {
            after.set(random.nextInt(after.size()), "edited " + i);
        }
        for (int i = 0; i < 100; i++) {
            after.add(random.nextInt(after.size()), "inserted " + i);
            after.remove(random.nextInt(after.size()));
        }
        var diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
        assertRebuilds(before, after, diff);
        assertTrue(count(diff, Kind.SAME) >= 10_000 - 500, "most lines stay");
    }

    @Test
    void tenThousandShuffledLinesRebuild() {
        var before = IntStream.range(0, 10_000).mapToObj(i -> "line " + i).toList();
        var after = new ArrayList<>(before);
        Collections.shuffle(after, new Random(7));
        assertRebuilds(before, after, LineDiff.between(String.join("\n", before), String.join("\n", after)));
    }

    @Test
    void tenThousandLinesAgainstUnrelatedOnesAreAllRemovedAndAdded() {
        var before = IntStream.range(0, 10_000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        var after = IntStream.range(0, 10_000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));
        var diff = LineDiff.between(before, after);
        assertEquals(10_000, count(diff, Kind.REMOVED));
        assertEquals(10_000, count(diff, Kind.ADDED));
    }

    @Test
    void tenThousandRepeatedLinesRebuild() {
        var random = new Random(11);
        var before = randomLines(random, 10_000, 3);
        var after = randomLines(random, 10_000, 3);
        assertRebuilds(before, after, LineDiff.between(String.join("\n", before), String.join("\n", after)));
    }

    private static List<DiffLine> changes(List<DiffLine> diff) {
        return diff.stream().filter(line -> line.kind() != Kind.SAME).toList();
    }

    private static List<String> randomLines(Random random, int count, int distinct) {
        return IntStream.range(0, count)
                .mapToObj(i -> "l" + random.nextInt(distinct))
                .toList();
    }

    private static long count(List<DiffLine> diff, Kind kind) {
        return diff.stream().filter(line -> line.kind() == kind).count();
    }

    /// The old text is the lines that are not added, the new text those that are not removed.
    private static void assertRebuilds(List<String> before, List<String> after, List<DiffLine> diff) {
        assertEquals(
                before,
                diff.stream()
                        .filter(l -> l.kind() != Kind.ADDED)
                        .map(DiffLine::text)
                        .toList());
        assertEquals(
                after,
                diff.stream()
                        .filter(l -> l.kind() != Kind.REMOVED)
                        .map(DiffLine::text)
                        .toList());
    }
}
