package papernotes.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import papernotes.model.NoteFilter;
import papernotes.model.NoteSummary;
import papernotes.model.PaperNotesException;
import papernotes.service.Library;
import papernotes.service.RestoreOutcome;
import papernotes.service.RestorePlan;
import papernotes.ui.main.MainWindow;
import papernotes.work.Workers;

/// The desktop window over an open library. Started with [Platform#startup] rather than an `Application`
/// subclass, so the library is handed in by constructor and no static state is needed. Closing the window, or
/// quitting, saves the draft first.
public final class DesktopApp {

    private final Library library;
    private final Optional<WindowReady> ready;
    private final ToolkitStart toolkit;
    private final Optional<RestoreOutcome> restored;
    private final Workers workers;
    private final AtomicReference<Optional<RestorePlan>> restore = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<Stage>> shown = new AtomicReference<>(Optional.empty());
    /// Done once the first window is showing: a second launch that comes while the window is still being built
    /// waits for it rather than being refused (and then meeting the library's lock).
    private final CompletableFuture<Void> firstShown = new CompletableFuture<>();
    private CompletableFuture<List<NoteSummary>> firstListing =
            CompletableFuture.failedFuture(new IllegalStateException("not read yet"));

    /// `ready` hears when the window is usable: notes listed and the search field focused (see [LaunchCheck]).
    /// How the restore before this window went (`restored`) is said in the status bar once the window is shown.
    /// `workers` read the list of notes while the window is built.
    public DesktopApp(
            Library library,
            Optional<WindowReady> ready,
            ToolkitStart toolkit,
            Optional<RestoreOutcome> restored,
            Workers workers) {
        this.library = library;
        this.ready = ready;
        this.toolkit = toolkit;
        this.restored = restored;
        this.workers = workers;
    }

    /// Shows the main window and returns once it is closed: nothing when the user quit (the toolkit is then shut
    /// down), or the restore of a backup the user confirmed, which the caller carries out with the library closed
    /// before showing a new window (the toolkit keeps running for it).
    public Optional<RestorePlan> run() {
        var closed = new CountDownLatch(1);
        var background = new FxBackground("ui");
        // the list of every note is read while the window is built and shown: at 100,000 notes that reading is
        // the longest part of the start
        firstListing = workers.supply("first-list", () -> library.notes().list(NoteFilter.ALL));
        try {
            Runnable start = () -> {
                try {
                    show(closed, background);
                } catch (RuntimeException | Error e) {
                    // a window that cannot be built must not leave the process waiting for it
                    LoggerFactory.getLogger(DesktopApp.class).error("The window could not be shown", e);
                    closed.countDown();
                }
            };
            if (toolkit.running()) {
                Platform.runLater(start);
            } else if (toolkit.failure().isPresent()) {
                var failure = toolkit.failure().get();
                throw new PaperNotesException(
                        "Cannot open the desktop window (" + failure.getMessage()
                                + "); without a display, use a command instead (see 'papernotes --help').",
                        failure);
            } else {
                Platform.startup(start);
                toolkit.startedByWindow();
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new PaperNotesException(
                    "Cannot open the desktop window (" + e.getMessage()
                            + "); without a display, use a command instead (see 'papernotes --help').",
                    e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        background.close();
        var requested = restore.get();
        if (requested.isEmpty()) {
            Platform.exit();
        }
        return requested;
    }

    /// Brings the window to the front, restored if it was minimised: what a second launch on the same library
    /// folder asks for. Callable from any thread; says whether a window came forward (none before the window is
    /// shown, once it is closing, or when the window's thread does not get to it within two seconds). A request
    /// that comes while the window is being built waits for it up to [#SHOWING_PATIENCE].
    public boolean bringForward() {
        var brought = new CompletableFuture<Boolean>();
        try {
            firstShown.get(SHOWING_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            Platform.runLater(() -> brought.complete(shown.get()
                    .filter(Stage::isShowing)
                    .map(stage -> {
                        stage.setIconified(false);
                        stage.toFront();
                        stage.requestFocus();
                        return true;
                    })
                    .orElse(false)));
            return brought.get(2, TimeUnit.SECONDS);
        } catch (IllegalStateException | ExecutionException | TimeoutException e) {
            // the toolkit is not running (yet, or any more)
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /// How long a second launch waits for the window being built (a loaded machine can take this long).
    static final Duration SHOWING_PATIENCE = Duration.ofSeconds(8);

    private void show(CountDownLatch closed, Background background) {
        // the toolkit stays up between this window and the one after a restore
        Platform.setImplicitExit(false);
        WindowClass.claim();
        var early = toolkit.takeStage();
        var stage = early.orElseGet(Stage::new);
        var settings = UiSettings.load(library.dataDir());
        var window = new MainWindow(library, background, new FxScheduler(), settings, stage);
        window.onRestore(plan -> restore.set(Optional.of(plan)));
        window.build();
        window.startWith(firstListing);
        // the list takes it from here; kept, it would hold every note's summary as long as the window is open
        firstListing = CompletableFuture.failedFuture(new IllegalStateException("handed to the window"));
        if (early.isPresent()) {
            settings.number("window.width").ifPresent(stage::setWidth);
            settings.number("window.height").ifPresent(stage::setHeight);
        }
        settings.number("window.x").ifPresent(stage::setX);
        settings.number("window.y").ifPresent(stage::setY);
        stage.setMaximized(
                settings.text("window.maximized").map(Boolean::parseBoolean).orElse(false));
        AppIcon.applyTo(stage);
        stage.setOnHidden(event -> {
            shown.set(Optional.empty());
            closed.countDown();
        });
        stage.show();
        shown.set(Optional.of(stage));
        firstShown.complete(null);
        Platform.runLater(() -> {
            window.load(() -> ready.ifPresent(hook -> hook.ready(window, library)));
            restored.ifPresent(window::tellRestored);
        });
    }
}
