package papernotes.web;

import java.time.Duration;
import java.time.Instant;

/// The time as the client keeps to a service's spacing: what time it is, and waiting.
public interface Pacing {

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /// The system's clock, and sleeping this thread.
    static Pacing system() {
        return new Pacing() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration);
            }
        };
    }
}
