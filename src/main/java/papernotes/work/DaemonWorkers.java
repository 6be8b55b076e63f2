package papernotes.work;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// Daemon platform threads named `papernotes-…` (see [Workers#daemons()]). Holds no state.
final class DaemonWorkers implements Workers {

    static final DaemonWorkers INSTANCE = new DaemonWorkers();

    private DaemonWorkers() {}

    // Low priority is a hint to the scheduler and only that: upkeep yields to the work a user waits for.
    @SuppressWarnings("ThreadPriorityCheck")
    @Override
    public Job start(Kind kind, Runnable task) {
        var builder = Thread.ofPlatform().name("papernotes-" + kind.name()).daemon();
        if (kind.lowPriority()) {
            builder = builder.priority(Thread.MIN_PRIORITY);
        }
        if (kind.stackBytes() > 0) {
            builder = builder.stackSize(kind.stackBytes());
        }
        return new ThreadJob(builder.start(task));
    }

    @Override
    public ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(
                threads,
                Thread.ofPlatform().name("papernotes-" + name + "-", 1).daemon().factory());
    }

    private record ThreadJob(Thread thread) implements Job {

        @Override
        public boolean isAlive() {
            return thread.isAlive();
        }

        @Override
        public void interrupt() {
            thread.interrupt();
        }

        @Override
        public boolean join(Duration timeout) throws InterruptedException {
            return thread.join(timeout);
        }

        @Override
        public void join() throws InterruptedException {
            thread.join();
        }
    }
}
