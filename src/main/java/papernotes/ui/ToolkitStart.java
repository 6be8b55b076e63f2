package papernotes.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import papernotes.work.Workers;

/// The JavaFX toolkit started on a thread of its own while the library opens, so that both overlap: the window
/// appears at once, saying the library is opening, and shows the library as soon as it is open.
public final class ToolkitStart {

    private final CompletableFuture<Boolean> started = new CompletableFuture<>();
    private Optional<Stage> stage = Optional.empty();
    private volatile Optional<RuntimeException> failure = Optional.empty();
    private volatile boolean startedHere;

    private ToolkitStart() {}

    /// Starts the toolkit in the background now.
    public static ToolkitStart begin() {
        var start = new ToolkitStart();
        Workers.daemons().start("fx-start", () -> {
            try {
                Platform.startup(() -> {
                    WindowClass.claim();
                    start.stage = Optional.of(placeholder());
                    start.started.complete(true);
                });
            } catch (RuntimeException e) {
                // no display, say: reported when the window is to be shown
                start.failure = Optional.of(e);
                start.started.complete(false);
            } catch (Error e) {
                start.failure = Optional.of(new IllegalStateException(e.getMessage(), e));
                start.started.complete(false);
            }
        });
        return start;
    }

    /// The window, shown before the library is open: its title, and one line saying what is happening.
    private static Stage placeholder() {
        var stage = new Stage();
        var waiting = new Label("PaperNotes …");
        waiting.setStyle("-fx-font-size: 1.3em; -fx-text-fill: #57606a;");
        var root = new StackPane(waiting);
        root.setStyle("-fx-background-color: #ffffff;");
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("PaperNotes");
        AppIcon.applyTo(stage);
        stage.show();
        return stage;
    }

    /// The window already shown, when the toolkit was started ahead and no window took it yet (only on the JavaFX
    /// thread): the first window takes it, a window shown after a restore gets a stage of its own.
    Optional<Stage> takeStage() {
        var early = stage;
        stage = Optional.empty();
        return early;
    }

    /// Called by a window that started the toolkit itself, so that the next window does not start it again.
    void startedByWindow() {
        startedHere = true;
    }

    /// Not started ahead: the window starts the toolkit itself.
    public static ToolkitStart none() {
        var start = new ToolkitStart();
        start.started.complete(false);
        return start;
    }

    /// Why the toolkit started ahead could not start, if it could not.
    Optional<RuntimeException> failure() {
        running();
        return failure;
    }

    /// Whether the toolkit came up (waiting for it if it is still starting).
    boolean running() {
        if (startedHere) {
            return true;
        }
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
