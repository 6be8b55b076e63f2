package papernotes.work;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/// Workers for tests that run the work at once, in the calling thread (as `DirectBackground` does for ViewModels):
/// what was started has finished when `start` returns.
public final class InlineWorkers implements Workers {

    @Override
    public Job start(Kind kind, Runnable task) {
        task.run();
        return Done.JOB;
    }

    @Override
    public ExecutorService pool(String name, int threads) {
        return new InThread();
    }

    private enum Done implements Job {
        JOB;

        @Override
        public boolean isAlive() {
            return false;
        }

        @Override
        public void interrupt() {}

        @Override
        public boolean join(Duration timeout) {
            return true;
        }

        @Override
        public void join() {}
    }

    private static final class InThread extends AbstractExecutorService {

        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            if (shutdown) {
                throw new RejectedExecutionException("shut down");
            }
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
