package papernotes.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// [Background] for ViewModel tests: runs work at once on the calling thread, or, when held, queues it so a test
/// can decide the order in which answers arrive.
public final class DirectBackground implements Background {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;

    public void hold() {
        holding = true;
    }

    /// Runs the queued task that was submitted last (a late answer arriving first).
    public void runNewest() {
        held.pollLast().run();
    }

    public void runOldest() {
        held.pollFirst().run();
    }

    public int waiting() {
        return held.size();
    }

    @Override
    public <T> Cancellable submit(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        var cancelled = new boolean[1];
        Runnable task = () -> {
            try {
                T answer = work.call();
                if (!cancelled[0]) {
                    onSuccess.accept(answer);
                }
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
            }
        };
        if (holding) {
            held.add(task);
        } else {
            task.run();
        }
        return () -> cancelled[0] = true;
    }
}
