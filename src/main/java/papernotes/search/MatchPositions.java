package papernotes.search;

import java.util.AbstractList;
import java.util.RandomAccess;

/// Positions as an unmodifiable list over an `int[]`: most matches are ranked and dropped without anyone
/// looking at their positions, so they are not boxed until read.
final class MatchPositions extends AbstractList<Integer> implements RandomAccess {

    private final int[] values;

    MatchPositions(int[] values) {
        this.values = values;
    }

    @Override
    public Integer get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
