package papernotes.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// Time that passes only when the client waits, so that tests see every wait and take none.
public final class SteppedTime implements Pacing {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
