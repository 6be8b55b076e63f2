package papernotes.work;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/// The one way PaperNotes runs work off the caller's thread: every background thread of the app (the index's
/// opening and catch-up, search by meaning, the daily backup, the window hand-off, the window's own helpers,
/// rendering under a time budget, the index's search threads) is made here. The app uses [#daemons()]; tests pass
/// one that runs the work at once, in the calling thread. ArchitectureTest keeps thread creation in this package.
public interface Workers {

    /// Starts `task` on a thread of its own; the handle interrupts it or waits for it.
    Job start(Kind kind, Runnable task);

    /// Starts `task` on a thread of its own named `papernotes-NAME`.
    default Job start(String name, Runnable task) {
        return start(Kind.named(name), task);
    }

    /// Runs `work` on a thread of its own named `papernotes-NAME`; the future completes with its result or failure.
    default <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        var result = new CompletableFuture<T>();
        start(name, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /// A pool of `threads` threads named `papernotes-NAME-N`, for work split over the cores (the index's searches
    /// and builds); whoever asks for it shuts it down.
    ExecutorService pool(String name, int threads);

    /// The app's workers: daemon platform threads, which never keep the process alive once the window is gone.
    static Workers daemons() {
        return DaemonWorkers.INSTANCE;
    }

    /// How a worker thread is made: its name (after `papernotes-`), whether it yields to the rest of the app (low
    /// priority), and its stack size in bytes (0: the platform's default).
    record Kind(String name, boolean lowPriority, long stackBytes) {

        public Kind {
            if (name.isBlank() || stackBytes < 0) {
                throw new IllegalArgumentException("a worker needs a name and a stack size of 0 or more");
            }
        }

        public static Kind named(String name) {
            return new Kind(name, false, 0);
        }

        public Kind withLowPriority() {
            return new Kind(name, true, stackBytes);
        }

        public Kind withStack(long bytes) {
            return new Kind(name, lowPriority, bytes);
        }
    }

    /// A started worker.
    interface Job {

        boolean isAlive();

        void interrupt();

        /// Waits up to `timeout` for the work to end; whether it did.
        boolean join(Duration timeout) throws InterruptedException;

        /// Waits for the work to end.
        void join() throws InterruptedException;
    }
}
