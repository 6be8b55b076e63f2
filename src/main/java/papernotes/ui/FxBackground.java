package papernotes.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import papernotes.work.Workers;

/// [Background] for the window: one daemon worker thread, answers delivered with [Platform#runLater]. A
/// cancelled task still runs if it had started, but its answer is dropped; work handed over after [#close] is
/// dropped.
public final class FxBackground implements Background, AutoCloseable {

    private final ExecutorService worker;

    public FxBackground(String name) {
        this.worker = Workers.daemons().pool(name, 1);
    }

    @Override
    public <T> Cancellable submit(
            Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        var cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = worker.submit(() -> {
                if (cancelled.get()) {
                    return;
                }
                try {
                    T answer = work.call();
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(answer);
                        }
                    });
                } catch (Exception e) {
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onFailure.accept(e);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            // the window closed (a page that finished drawing asks for its outline): nothing is waiting for it
            return Cancellable.DONE;
        }
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
