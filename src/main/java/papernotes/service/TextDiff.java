package papernotes.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import papernotes.model.DiffLine;

/// Line-by-line comparison of two texts, as the history view shows it: Myers' O(ND) algorithm in linear space
/// (the "middle snake" divide and conquer), on lines numbered by content.
///
/// Two steps keep large texts fast. Lines that occur in only one of the texts are taken out before the search (they
/// are changes whatever the alignment, and leaving them out changes no longest common subsequence), so two
/// unrelated texts cost next to nothing. And one search for a middle snake gives up after [#COST_LIMIT] edit steps,
/// splitting at the point its forward search reached furthest: texts that differ in fewer than about twice that
/// many lines get a shortest diff, texts that differ more get a good one, and the work stays near
/// O((N + M) · COST_LIMIT) even for 10,000 shuffled lines.
///
/// Each run of changes lists the removed lines before the added ones. A final line break does not make an empty
/// last line, and an empty text has no lines.
public final class TextDiff {

    static final int COST_LIMIT = 512;

    /// The diff and how many steps the search took, for checks of its cost.
    record Result(List<DiffLine> lines, long steps) {}

    private final int[] a;
    private final int[] b;
    private final int[] matchOf;
    private long steps;

    private TextDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.matchOf = new int[a.length];
        Arrays.fill(matchOf, -1);
    }

    /// The lines of `after` compared with those of `before`.
    public static List<DiffLine> between(String before, String after) {
        return measure(before, after).lines();
    }

    static Result measure(String before, String after) {
        var oldLines = lines(before);
        var newLines = lines(after);
        var numbers = new HashMap<String, Integer>();
        int[] oldIds = number(oldLines, numbers);
        int[] newIds = number(newLines, numbers);
        var inOld = new boolean[numbers.size()];
        var inNew = new boolean[numbers.size()];
        for (int id : oldIds) {
            inOld[id] = true;
        }
        for (int id : newIds) {
            inNew[id] = true;
        }
        int[] oldKept = kept(oldIds, inNew);
        int[] newKept = kept(newIds, inOld);
        var search = new TextDiff(pick(oldIds, oldKept), pick(newIds, newKept));
        search.run();
        var result = new ArrayList<DiffLine>(oldLines.size() + newLines.size());
        int i = 0;
        int j = 0;
        for (int k = 0; k < oldKept.length; k++) {
            if (search.matchOf[k] < 0) {
                continue;
            }
            int oldAt = oldKept[k];
            int newAt = newKept[search.matchOf[k]];
            for (; i < oldAt; i++) {
                result.add(DiffLine.removed(oldLines.get(i)));
            }
            for (; j < newAt; j++) {
                result.add(DiffLine.added(newLines.get(j)));
            }
            result.add(DiffLine.same(oldLines.get(i)));
            i++;
            j++;
        }
        for (; i < oldLines.size(); i++) {
            result.add(DiffLine.removed(oldLines.get(i)));
        }
        for (; j < newLines.size(); j++) {
            result.add(DiffLine.added(newLines.get(j)));
        }
        return new Result(List.copyOf(result), search.steps);
    }

    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        var parts = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (parts.getLast().isEmpty()) {
            parts.removeLast();
        }
        return parts;
    }

    private static int[] number(List<String> lines, HashMap<String, Integer> numbers) {
        var ids = new int[lines.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = numbers.computeIfAbsent(lines.get(i), line -> numbers.size());
        }
        return ids;
    }

    /// Positions of the lines whose number occurs in the other text.
    private static int[] kept(int[] ids, boolean[] inOther) {
        return java.util.stream.IntStream.range(0, ids.length)
                .filter(i -> inOther[ids[i]])
                .toArray();
    }

    private static int[] pick(int[] ids, int[] positions) {
        var result = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            result[i] = ids[positions[i]];
        }
        return result;
    }

    /// Matches lines of `a` to lines of `b`, one range of both at a time (a work list rather than recursion, so
    /// that deep splits cannot overflow the stack).
    private void run() {
        var work = new ArrayDeque<int[]>();
        work.push(new int[] {0, a.length, 0, b.length});
        while (!work.isEmpty()) {
            var range = work.pop();
            int aLo = range[0];
            int aHi = range[1];
            int bLo = range[2];
            int bHi = range[3];
            while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
                matchOf[aLo++] = bLo++;
                steps++;
            }
            while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
                matchOf[--aHi] = --bHi;
                steps++;
            }
            if (aLo == aHi || bLo == bHi) {
                continue;
            }
            var split = middle(aLo, aHi, bLo, bHi);
            boolean inside =
                    split != null && !(split[0] == aLo && split[1] == bLo) && !(split[0] == aHi && split[1] == bHi);
            if (inside) {
                work.push(new int[] {split[0], aHi, split[1], bHi});
                work.push(new int[] {aLo, split[0], bLo, split[1]});
            }
        }
    }

    /// A point on a shortest (or, past the cost limit, a good) edit path through the range, strictly inside it,
    /// where the range can be split in two; null when the ranges have no line in common.
    private int[] middle(int aLo, int aHi, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        var forward = new int[length];
        var backward = new int[length];
        Arrays.fill(forward, -1);
        Arrays.fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        for (int d = 0; d < maxD; d++) {
            if (d > COST_LIMIT) {
                return furthest(forward, offset, d - 1, k1start, k1end, n, m, aLo, bLo);
            }
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                steps++;
                int at = offset + k1;
                int x1 = k1 == -d || (k1 != d && forward[at - 1] < forward[at + 1])
                        ? forward[at + 1]
                        : forward[at - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) {
                    x1++;
                    y1++;
                    steps++;
                }
                forward[at] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (odd) {
                    int other = offset + delta - k1;
                    if (other >= 0 && other < length && backward[other] != -1 && x1 >= n - backward[other]) {
                        return new int[] {aLo + x1, bLo + y1};
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                steps++;
                int at = offset + k2;
                int x2 = k2 == -d || (k2 != d && backward[at - 1] < backward[at + 1])
                        ? backward[at + 1]
                        : backward[at - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aLo + n - x2 - 1] == b[bLo + m - y2 - 1]) {
                    x2++;
                    y2++;
                    steps++;
                }
                backward[at] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!odd) {
                    int other = offset + delta - k2;
                    if (other >= 0 && other < length && forward[other] != -1) {
                        int x1 = forward[other];
                        int y1 = offset + x1 - other;
                        if (x1 >= n - x2) {
                            return new int[] {aLo + x1, bLo + y1};
                        }
                    }
                }
            }
        }
        return null;
    }

    /// The point the forward search reached furthest after `d` steps, when that lies strictly inside the range.
    private static int[] furthest(
            int[] forward, int offset, int d, int k1start, int k1end, int n, int m, int aLo, int bLo) {
        int bestX = -1;
        int bestY = -1;
        for (int k = -d + k1start; k <= d - k1end; k += 2) {
            int x = forward[offset + k];
            int y = x - k;
            if (x >= 0 && x <= n && y >= 0 && y <= m && x + y > bestX + bestY) {
                bestX = x;
                bestY = y;
            }
        }
        boolean inside = bestX >= 0 && bestX + bestY > 0 && (bestX < n || bestY < m);
        return inside ? new int[] {aLo + bestX, bLo + bestY} : null;
    }
}
