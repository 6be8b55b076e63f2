package papernotes.service;

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

class TextDiffTest {

    /// Steps of the search allowed for 10,000-line texts: a few tens of millions of array reads, which take well
    /// under a second; a quadratic search would take 10^8 and more.
    private static final long STEP_BUDGET = 20_000_000;

    @Test
    void aChangedLineIsRemovedThenAdded() {
        assertEquals(
                List.of(
                        DiffLine.same("# ESRGAN"),
                        DiffLine.removed("RRDB"),
                        DiffLine.added("RRDB 结构"),
                        DiffLine.same("无 BN"),
                        DiffLine.added("相对判别器")),
                TextDiff.between("# ESRGAN\nRRDB\n无 BN\n", "# ESRGAN\nRRDB 结构\n无 BN\n相对判别器"));
    }

    @Test
    void emptyTextsHaveNoLinesAndAFinalLineBreakIsNoLine() {
        assertEquals(List.of(), TextDiff.between("", ""));
        assertEquals(List.of(DiffLine.added("a")), TextDiff.between("", "a\n"));
        assertEquals(List.of(DiffLine.same("a")), TextDiff.between("a", "a\n"));
        assertEquals(List.of(DiffLine.same("a"), DiffLine.added("")), TextDiff.between("a\n", "a\n\n"));
    }

    @Test
    void theDiffIsShortestOnSmallTexts() {
        var random = new Random(3);
        for (int run = 0; run < 500; run++) {
            var before = randomLines(random, random.nextInt(30), 5);
            var after = randomLines(random, random.nextInt(30), 5);
            var diff = TextDiff.between(String.join("\n", before), String.join("\n", after));
            assertRebuilds(before, after, diff);
            assertEquals(lcs(before, after), count(diff, Kind.SAME), before + " → " + after);
        }
    }

    @Test
    void tenThousandLinesWithScatteredEditsGetTheShortestDiffCheaply() {
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
        var result = TextDiff.measure(String.join("\n", before), String.join("\n", after));
        assertRebuilds(before, after, result.lines());
        assertTrue(count(result.lines(), Kind.SAME) >= 10_000 - 500, "most lines stay");
        assertTrue(result.steps() < STEP_BUDGET, "steps: " + result.steps());
    }

    @Test
    void tenThousandShuffledLinesStayWithinTheBudget() {
        var before = IntStream.range(0, 10_000).mapToObj(i -> "line " + i).toList();
        var after = new ArrayList<>(before);
        Collections.shuffle(after, new Random(7));
        var result = TextDiff.measure(String.join("\n", before), String.join("\n", after));
        assertRebuilds(before, after, result.lines());
        assertTrue(result.steps() < STEP_BUDGET, "steps: " + result.steps());
    }

    @Test
    void tenThousandLinesAgainstUnrelatedOnesCostNothing() {
        var before = IntStream.range(0, 10_000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        var after = IntStream.range(0, 10_000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));
        var result = TextDiff.measure(before, after);
        assertEquals(10_000, count(result.lines(), Kind.REMOVED));
        assertEquals(10_000, count(result.lines(), Kind.ADDED));
        assertEquals(0, result.steps());
    }

    @Test
    void tenThousandRepeatedLinesStayWithinTheBudget() {
        var random = new Random(11);
        var before = randomLines(random, 10_000, 3);
        var after = randomLines(random, 10_000, 3);
        var result = TextDiff.measure(String.join("\n", before), String.join("\n", after));
        assertRebuilds(before, after, result.lines());
        assertTrue(result.steps() < STEP_BUDGET, "steps: " + result.steps());
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

    private static long lcs(List<String> a, List<String> b) {
        var table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
