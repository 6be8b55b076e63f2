package papernotes.ui;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import papernotes.model.PaperNotesException;
import papernotes.service.Library;
import papernotes.ui.library.LibraryView;
import papernotes.ui.library.LibraryViewModel;

/// The desktop window over an open library. Started with [Platform#startup] rather than an `Application`
/// subclass, so the library is handed in by constructor and no static state is needed.
public final class DesktopApp {

    private final Library library;

    public DesktopApp(Library library) {
        this.library = library;
    }

    /// Shows the main window and returns 0 once it is closed.
    public int run() {
        var closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> show(closed));
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new PaperNotesException("Cannot open the desktop window (" + e.getMessage()
                    + "); without a display, use a command instead (see 'papernotes --help').", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    private void show(CountDownLatch closed) {
        var viewModel = new LibraryViewModel(library.notes(), library.topics(), library.render());
        var view = new LibraryView(viewModel);
        var stage = new Stage();
        stage.setTitle("PaperNotes — " + library.dataDir());
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.setOnHidden(event -> closed.countDown());
        viewModel.load();
        stage.show();
    }
}
