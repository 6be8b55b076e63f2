package papernotes.markdown;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import papernotes.work.Workers;

/// Runs a rendering on a thread of its own with a deep stack, for at most a time budget (issue #8). Markdown that
/// nests tens of thousands of levels (brackets, emphasis, quotes, lists) overflows a default stack in the parser, and
/// a few shapes take the parser quadratic time (50,000 unclosed `[a](b` take half a minute). Nothing here can stop the
/// parser, so a rendering past its budget is left to finish on its daemon thread, and while it runs, renderings get
/// no second thread: they are answered at once with nothing, and the caller shows the note as plain text.
final class BoundedRendering {

    /// Text longer than this (in chars) is parsed on a thread of its own when it is read for the index or for its
    /// links; shorter text parses in well under a second whatever its shape, on the caller's thread.
    static final int LONG = 20_000;

    /// Deep enough for 50,000 nested brackets; only the pages used are committed.
    static final long STACK_BYTES = 512L << 20;

    private final Duration budget;
    private final Workers workers = Workers.daemons();
    private volatile Optional<Workers.Job> overdue = Optional.empty();

    BoundedRendering(Duration budget) {
        this.budget = budget;
    }

    /// `reading` of `text`: on a thread of its own within the budget when the text is [#LONG], else on the caller's
    /// thread; `fallback` when it overflowed the stack, took too long, or threw.
    <T> T read(String text, Supplier<T> reading, Supplier<T> fallback) {
        if (text.length() > LONG) {
            return run(reading).orElseGet(fallback);
        }
        try {
            return reading.get();
        } catch (StackOverflowError e) {
            return fallback.get();
        }
    }

    /// The rendering, or nothing when it overflowed even this stack, threw, or took longer than the budget (or one
    /// that did is still running).
    <T> Optional<T> run(Supplier<T> rendering) {
        if (overdue.filter(Workers.Job::isAlive).isPresent()) {
            return Optional.empty();
        }
        var result = new CompletableFuture<T>();
        var thread = workers.start(Workers.Kind.named("render").withStack(STACK_BYTES), () -> {
            try {
                result.complete(rendering.get());
            } catch (RuntimeException | StackOverflowError e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(result.get(budget.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            overdue = Optional.of(thread);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
