package papernotes.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/// The app's workers: daemon threads named `papernotes-…`, low priority or a deep stack when asked; results and
/// failures handed back through futures; pools whose threads are numbered. And the in-thread double tests use.
class WorkersTest {

    @Test
    void aWorkerIsADaemonThreadNamedForThePaperNotesLogs() throws Exception {
        var seen = new CompletableFuture<Thread>();
        var job = Workers.daemons()
                .start(Workers.Kind.named("test").withLowPriority(), () -> seen.complete(Thread.currentThread()));
        var thread = seen.get(10, TimeUnit.SECONDS);
        assertEquals("papernotes-test", thread.getName());
        assertTrue(thread.isDaemon(), "never keeps the process alive");
        assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
        assertTrue(job.join(Duration.ofSeconds(10)));
        assertFalse(job.isAlive());
    }

    @Test
    void aJobCanBeInterruptedAndWaitedFor() throws Exception {
        var started = new CountDownLatch(1);
        var job = Workers.daemons().start("sleeper", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertFalse(job.join(Duration.ofMillis(50)), "still sleeping");
        job.interrupt();
        assertTrue(job.join(Duration.ofSeconds(10)));
    }

    @Test
    void supplyHandsBackTheResultOrTheFailure() throws Exception {
        assertEquals(42, Workers.daemons().supply("answer", () -> 42).get(10, TimeUnit.SECONDS));
        var failed = Workers.daemons().supply("failing", () -> {
            throw new IllegalStateException("no");
        });
        var thrown = assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
        assertEquals("no", thrown.getCause().getMessage());
    }

    @Test
    void aPoolNumbersItsThreads() throws Exception {
        var pool = Workers.daemons().pool("pool-test", 2);
        try {
            var name = pool.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
            assertTrue(name.matches("papernotes-pool-test-[12]"), name);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aKindNeedsANameAndAStackOfZeroOrMore() {
        assertThrows(IllegalArgumentException.class, () -> Workers.Kind.named(" "));
        assertThrows(
                IllegalArgumentException.class, () -> Workers.Kind.named("x").withStack(-1));
        assertEquals(1 << 20, Workers.Kind.named("x").withStack(1 << 20).stackBytes());
    }

    @Test
    void theInThreadDoubleHasFinishedWhenStartReturns() throws Exception {
        var workers = new InlineWorkers();
        var caller = Thread.currentThread();
        var ran = new CompletableFuture<Thread>();
        var job = workers.start("now", () -> ran.complete(Thread.currentThread()));
        assertSame(caller, ran.getNow(null));
        assertFalse(job.isAlive());
        assertEquals(7, workers.supply("now", () -> 7).getNow(0));
        var pool = workers.pool("now", 4);
        assertSame(caller, pool.submit(Thread::currentThread).get());
    }
}
