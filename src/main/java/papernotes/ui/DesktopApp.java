package papernotes.ui;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.stage.Stage;
import papernotes.model.PaperNotesException;
import papernotes.service.Library;
import papernotes.ui.main.MainWindow;

/// The desktop window over an open library. Started with [Platform#startup] rather than an `Application`
/// subclass, so the library is handed in by constructor and no static state is needed. Closing the window, or
/// quitting, saves the draft first.
public final class DesktopApp {

    private final Library library;
    private final Runnable onUsable;
    private final ToolkitStart toolkit;

    /// `onUsable` runs once the window is usable: notes listed and the search field focused (the start-up
    /// benchmark listens for it).
    public DesktopApp(Library library, Runnable onUsable, ToolkitStart toolkit) {
        this.library = library;
        this.onUsable = onUsable;
        this.toolkit = toolkit;
    }

    /// Shows the main window and returns 0 once it is closed.
    public int run() {
        var closed = new CountDownLatch(1);
        var background = new FxBackground("ui");
        try {
            Runnable start = () -> {
                try {
                    show(closed, background);
                } catch (RuntimeException | Error e) {
                    // a window that cannot be built must not leave the process waiting for it
                    org.slf4j.LoggerFactory.getLogger(DesktopApp.class).error("The window could not be shown", e);
                    closed.countDown();
                }
            };
            if (toolkit.running()) {
                Platform.runLater(start);
            } else if (toolkit.failure().isPresent()) {
                var failure = toolkit.failure().get();
                throw new PaperNotesException("Cannot open the desktop window (" + failure.getMessage()
                        + "); without a display, use a command instead (see 'papernotes --help').", failure);
            } else {
                Platform.startup(start);
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new PaperNotesException("Cannot open the desktop window (" + e.getMessage()
                    + "); without a display, use a command instead (see 'papernotes --help').", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        background.close();
        Platform.exit();
        return 0;
    }

    private void show(CountDownLatch closed, Background background) {
        var early = toolkit.stage();
        var stage = early.orElseGet(Stage::new);
        var settings = UiSettings.load(library.dataDir());
        var window = new MainWindow(library, background, new FxScheduler(), settings, stage);
        window.build();
        if (early.isPresent()) {
            settings.number("window.width").ifPresent(stage::setWidth);
            settings.number("window.height").ifPresent(stage::setHeight);
        }
        settings.number("window.x").ifPresent(stage::setX);
        settings.number("window.y").ifPresent(stage::setY);
        stage.setMaximized(settings.text("window.maximized").map(Boolean::parseBoolean).orElse(false));
        stage.setOnHidden(event -> closed.countDown());
        stage.show();
        Platform.runLater(() -> window.load(onUsable));
    }
}
