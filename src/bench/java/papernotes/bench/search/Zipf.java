package papernotes.bench.search;

import java.util.List;
import java.util.Random;

/// Draws items of a list by Zipf's law: the item of rank r (from 1) with probability proportional to 1 / r^s.
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to draw from");
        }
        this.items = items;
        cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
    }

    T draw(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return items.get(low);
    }

    /// The item of rank `rank` (from 0).
    T at(int rank) {
        return items.get(Math.min(rank, items.size() - 1));
    }

    int size() {
        return items.size();
    }
}
