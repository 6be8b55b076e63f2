package papernotes.git;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;

/// Git's line-based three-way merge of a text, as `git merge` does it for a file (JGit's [MergeAlgorithm] over
/// [RawText], histogram diff): for a note's body and for whole small files such as the glossary.
///
/// A line is what ends at a `\n`, the `\n` (and a `\r` before it) included, so a line with a final line break
/// differs from the same line without one, and CRLF from LF. Lines changed on one side only take that change;
/// lines changed on both sides in the same way take it once; lines changed on both sides otherwise, or text added
/// at the same place, conflict. The merged text is the sides' own characters, line ends and all. Lines are compared
/// as UTF-8, as the library stores them.
public final class TextMerge {

    private TextMerge() {}

    /// The merged text, or empty when some lines conflict.
    public static Optional<String> merge(String base, String mine, String theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return Optional.of(mine);
        }
        if (mine.equals(base)) {
            return Optional.of(theirs);
        }
        // in this order: a chunk's sequence index is 0 for the base, 1 for mine and 2 for theirs
        var texts = List.of(new Lines(base), new Lines(mine), new Lines(theirs));
        var result = new MergeAlgorithm(new HistogramDiff())
                .merge(
                        RawTextComparator.DEFAULT,
                        texts.get(0).raw(),
                        texts.get(1).raw(),
                        texts.get(2).raw());
        if (result.containsConflicts()) {
            return Optional.empty();
        }
        var merged = new StringBuilder(Math.max(mine.length(), theirs.length()));
        for (MergeChunk chunk : result) {
            texts.get(chunk.getSequenceIndex()).appendTo(merged, chunk.getBegin(), chunk.getEnd());
        }
        return Optional.of(merged.toString());
    }

    /// A text as JGit compares it (its UTF-8 bytes) and where each of its lines starts in the text itself, so the
    /// merged text is cut from the original strings rather than decoded again.
    private static final class Lines {

        private final String text;
        private final RawText raw;
        /// Where each line starts, then the text's length.
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            this.raw = new RawText(text.getBytes(StandardCharsets.UTF_8));
            this.starts = starts(text);
            if (raw.size() != starts.length - 1) {
                throw new IllegalStateException("JGit saw " + raw.size() + " lines, not " + (starts.length - 1));
            }
        }

        /// A line ends after each `\n`; the text after the last one is a line unless it is empty.
        private static int[] starts(String text) {
            int breaks = (int) text.chars().filter(c -> c == '\n').count();
            boolean unterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
            var starts = new int[breaks + (unterminated ? 1 : 0) + 1];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            starts[starts.length - 1] = text.length();
            return starts;
        }

        RawText raw() {
            return raw;
        }

        void appendTo(StringBuilder out, int begin, int end) {
            out.append(text, starts[begin], starts[end]);
        }
    }
}
