package papernotes.search.analysis;

import java.util.List;

/// Splits a run of Chinese characters (already folded to Simplified) into words.
public interface WordSegmenter {

    /// A word of the run, from `start` to `end` (exclusive), offsets into the run.
    record Word(int start, int end) {}

    /// The words of `run`, in order; every character of the run belongs to exactly one word.
    List<Word> segment(String run);
}
