package papernotes.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;

/// The JavaFX toolkit started on a thread of its own while the library opens, so that both overlap and the window
/// can appear as soon as the library is open.
public final class ToolkitStart {

    private final CompletableFuture<Boolean> started = new CompletableFuture<>();

    private ToolkitStart() {
    }

    /// Starts the toolkit in the background now.
    public static ToolkitStart begin() {
        var start = new ToolkitStart();
        Thread.ofPlatform().name("papernotes-fx-start").daemon().start(() -> {
            try {
                Platform.startup(() -> start.started.complete(true));
            } catch (RuntimeException | Error e) {
                // no display, say: the window's own start reports it
                start.started.complete(false);
            }
        });
        return start;
    }

    /// Not started ahead: the window starts the toolkit itself.
    public static ToolkitStart none() {
        var start = new ToolkitStart();
        start.started.complete(false);
        return start;
    }

    /// Whether the toolkit came up (waiting for it if it is still starting).
    boolean running() {
        try {
            return started.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
