package papernotes.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import papernotes.model.DiffLine;

/// Line-by-line comparison of two texts, as the history view shows it: git's histogram diff (JGit), which anchors on
/// lines that occur rarely and so keeps a moved paragraph or a rewritten heading readable. It is not guaranteed to be
/// the shortest diff; it is the one `git diff --histogram` shows (docs/decisions/0018-line-diffs-from-jgit.md).
///
/// Each run of changes lists the removed lines before the added ones. A final line break does not make an empty
/// last line, and an empty text has no lines.
public final class LineDiff {

    private LineDiff() {}

    /// The lines of `after` compared with those of `before`.
    public static List<DiffLine> between(String before, String after) {
        var old = new Lines(lines(before));
        var current = new Lines(lines(after));
        var edits = new HistogramDiff().diff(Lines.COMPARATOR, old, current);
        var result = new ArrayList<DiffLine>(old.size() + current.size());
        int at = 0;
        for (Edit edit : edits) {
            for (; at < edit.getBeginA(); at++) {
                result.add(DiffLine.same(old.get(at)));
            }
            for (int i = edit.getBeginA(); i < edit.getEndA(); i++) {
                result.add(DiffLine.removed(old.get(i)));
            }
            for (int i = edit.getBeginB(); i < edit.getEndB(); i++) {
                result.add(DiffLine.added(current.get(i)));
            }
            at = edit.getEndA();
        }
        for (; at < old.size(); at++) {
            result.add(DiffLine.same(old.get(at)));
        }
        return List.copyOf(result);
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

    /// A text as JGit's diff sees it: a sequence of lines compared by their content.
    private static final class Lines extends Sequence {

        static final SequenceComparator<Lines> COMPARATOR = new SequenceComparator<>() {
            @Override
            public boolean equals(Lines a, int ai, Lines b, int bi) {
                return a.get(ai).equals(b.get(bi));
            }

            @Override
            public int hash(Lines seq, int ptr) {
                return seq.get(ptr).hashCode();
            }
        };

        private final List<String> lines;

        Lines(List<String> lines) {
            this.lines = lines;
        }

        String get(int index) {
            return lines.get(index);
        }

        @Override
        public int size() {
            return lines.size();
        }
    }
}
