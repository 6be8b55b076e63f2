package papernotes.model;

import java.util.List;

/// A note the quick switcher offers for what was typed: the name that matched (its title, or one of its aliases
/// when `onTitle` is false), the positions (`char` indices into `matchedText`) of the characters that matched, for
/// highlighting, and the score it was ranked by (higher first).
public record QuickSwitchHit(
        NoteSummary note, String matchedText, boolean onTitle, List<Integer> highlightPositions, double score) {

    public QuickSwitchHit {
        highlightPositions = List.copyOf(highlightPositions);
    }
}
