package papernotes.ui;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextInputControl;
import papernotes.service.Library;
import papernotes.ui.main.MainWindow;
import papernotes.ui.search.SearchViewModel;

/// Starts the window, checks that it works and quits: with `PAPERNOTES_STARTUP_PROBE` set, prints
/// `window-class NAME` (what the desktop knows the window by) and `usable` once the window is usable; with a query in
/// `PAPERNOTES_PROBE_QUERY` it then types the query into the search field and prints `searched` once the answer is
/// in the list. Then it exits. The packages' build runs it to train the start-up cache, the installed app's test to
/// see the window come up, and the start-up benchmark (outside the product) times the lines as they come.
public final class LaunchCheck implements WindowReady {

    public static final String PROBE = "PAPERNOTES_STARTUP_PROBE";
    public static final String QUERY = "PAPERNOTES_PROBE_QUERY";

    private final Optional<String> query;
    private final PrintStream out;
    private final IntConsumer exit;
    private final BiConsumer<MainWindow, Library> afterSearch;

    /// `afterSearch`: what runs (on the JavaFX thread) once the query was answered, instead of exiting.
    public LaunchCheck(
            Optional<String> query, PrintStream out, IntConsumer exit, BiConsumer<MainWindow, Library> afterSearch) {
        this.query = query.filter(q -> !q.isBlank());
        this.out = out;
        this.exit = exit;
        this.afterSearch = afterSearch;
    }

    /// The check the environment asks for, if any; it prints to `out` and exits the process.
    public static Optional<WindowReady> fromEnvironment(Map<String, String> environment, PrintStream out) {
        if (environment.get(PROBE) == null) {
            return Optional.empty();
        }
        IntConsumer exit = System::exit;
        return Optional.of(new LaunchCheck(
                Optional.ofNullable(environment.get(QUERY)), out, exit, (window, library) -> exit.accept(0)));
    }

    @Override
    public void ready(MainWindow window, Library library) {
        say("window-class " + WindowClass.current());
        say("usable");
        if (query.isEmpty()) {
            exit.accept(0);
            return;
        }
        var _ = search(window, query.get()).thenRun(() -> {
            say("searched");
            afterSearch.accept(window, library);
        });
    }

    /// Types `text` into the window's search field, as the user does; completes (on the JavaFX thread) once the
    /// list took the answer. Call it on the JavaFX thread.
    public static CompletableFuture<Void> search(MainWindow window, String text) {
        var search = window.viewModel().search();
        var answered = answer(search);
        if (window.view().root().lookup("#searchField") instanceof TextInputControl field) {
            field.setText(text);
        } else {
            search.queryProperty().set(text);
        }
        return answered;
    }

    private static CompletableFuture<Void> answer(SearchViewModel search) {
        var done = new CompletableFuture<Void>();
        ChangeListener<Number> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> property, Number before, Number after) {
                search.answersProperty().removeListener(this);
                Platform.runLater(() -> done.complete(null));
            }
        };
        search.answersProperty().addListener(listener);
        return done;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
