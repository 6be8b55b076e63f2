package papernotes.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// [Scheduler] on a clock the test moves by hand with [#advance].
public final class ManualScheduler implements Scheduler {

    private record Pending(long due, Runnable action, boolean[] cancelled) {}

    private final List<Pending> pending = new ArrayList<>();
    private long now;

    @Override
    public Background.Cancellable after(Duration delay, Runnable action) {
        var cancelled = new boolean[1];
        pending.add(new Pending(now + delay.toMillis(), action, cancelled));
        return () -> cancelled[0] = true;
    }

    /// Moves the clock on, running what falls due, in order.
    public void advance(Duration by) {
        long until = now + by.toMillis();
        while (true) {
            var next = pending.stream().filter(p -> p.due() <= until).min(Comparator.comparingLong(Pending::due));
            if (next.isEmpty()) {
                break;
            }
            pending.remove(next.get());
            now = next.get().due();
            if (!next.get().cancelled()[0]) {
                next.get().action().run();
            }
        }
        now = until;
    }

    /// Actions waiting and not cancelled.
    public long waiting() {
        return pending.stream().filter(p -> !p.cancelled()[0]).count();
    }
}
