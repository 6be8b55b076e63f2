package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.service.Library;
import papernotes.ui.main.MainWindow;
import papernotes.ui.main.WindowUnderTest;

/// The launch check in a real window over the shipped notes: it prints the window's class and `usable`, types the
/// query into the search field as the user types, prints `searched` once the hits are listed, and exits.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LaunchCheckTest {

    private WindowUnderTest ui;
    private Library library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ui = WindowUnderTest.unloaded(stage, "language=ENGLISH\ntheme=LIGHT\n");
        library = ui.library();
        window = ui.window();
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    /// Loads the window with the check listening, and returns what it printed once it exited, and how.
    private Map.Entry<Integer, List<String>> check(Optional<String> query) throws Exception {
        var printed = new ByteArrayOutputStream();
        var exited = new CompletableFuture<Integer>();
        BiConsumer<MainWindow, Library> afterSearch = (shown, open) -> exited.complete(0);
        var check = new LaunchCheck(
                query, new PrintStream(printed, true, StandardCharsets.UTF_8), exited::complete, afterSearch);
        Platform.runLater(() -> window.load(() -> check.ready(window, library)));
        int code = exited.get(60, TimeUnit.SECONDS);
        return Map.entry(code, printed.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void printsUsableThenSearchedOnceTheHitsAreListed() throws Exception {
        var run = check(Optional.of("换脸"));
        assertEquals(0, run.getKey());
        var lines = run.getValue();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("window-class \\S+"), lines.toString());
        assertEquals(List.of("usable", "searched"), lines.subList(1, 3));
        WaitForAsyncUtils.waitForFxEvents();
        // typed as the user types: the field shows the query, and the list the hits
        var field = (TextField) window.view().root().lookup("#searchField");
        assertEquals("换脸", field.getText());
        var rows = window.viewModel().search().rows();
        assertTrue(window.viewModel().search().searchingProperty().get());
        assertTrue(!rows.isEmpty() && rows.size() < 27, rows.size() + " rows");
    }

    @Test
    void withoutAQuery_exitsOnceUsable() throws Exception {
        var run = check(Optional.of(" "));
        assertEquals(0, run.getKey());
        assertEquals(2, run.getValue().size(), run.getValue().toString());
        assertEquals("usable", run.getValue().get(1));
        assertEquals(Optional.empty(), LaunchCheck.fromEnvironment(Map.of(), System.out));
        assertTrue(LaunchCheck.fromEnvironment(Map.of(LaunchCheck.PROBE, "1"), System.out)
                .isPresent());
    }
}
