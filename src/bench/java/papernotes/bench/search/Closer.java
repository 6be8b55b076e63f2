package papernotes.bench.search;

import java.util.ArrayDeque;
import java.util.Deque;

/// Closes what the benchmark opened, last opened first.
final class Closer implements AutoCloseable {

    private final Deque<Runnable> actions = new ArrayDeque<>();

    void add(Runnable close) {
        actions.push(close);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!actions.isEmpty()) {
            try {
                actions.pop().run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
