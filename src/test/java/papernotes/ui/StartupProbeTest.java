package papernotes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import papernotes.TestLibrary;
import papernotes.model.NoteFilter;
import papernotes.service.Library;
import papernotes.ui.main.MainWindow;

/// The start-up probe in a real window over the shipped notes: it prints `usable`, types the query into the search
/// field, prints `searched` once the hits are listed, and (memory run, made small here) the three memory lines
/// after searching and editing through the library; and its small parts.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {

    private Library library;
    private MainWindow window;
    private FxBackground background;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        var dir = Files.createTempDirectory("papernotes-probe");
        Files.writeString(dir.resolve("window.properties"), "language=ENGLISH\ntheme=LIGHT\n");
        library = TestLibrary.shipped(dir);
        background = new FxBackground("test-ui");
        window = new MainWindow(library, background, new FxScheduler(), UiSettings.load(dir), stage);
        window.build();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            // TestFX shares this stage with the next test class, which must not close this window again
            stage.setOnHiding(null);
            stage.setOnCloseRequest(null);
        }).get(10, TimeUnit.SECONDS);
        background.close();
        library.close();
        papernotes.TestFolders.delete(library.dataDir());
    }

    /// Loads the window with the probe listening, and returns what it printed once it exited, and how.
    private Map.Entry<Integer, List<String>> probe(boolean memory) throws Exception {
        var printed = new ByteArrayOutputStream();
        var exited = new CompletableFuture<Integer>();
        var probe = new StartupProbe(System.nanoTime(), Optional.of("换脸"), memory, Optional.empty(),
                new StartupProbe.Load(5, 4, 0), new PrintStream(printed, true, StandardCharsets.UTF_8), exited::complete);
        Platform.runLater(() -> window.load(() -> probe.usable(window, library)));
        int code = exited.get(60, TimeUnit.SECONDS);
        return Map.entry(code, printed.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void printsUsableThenSearchedOnceTheHitsAreListed() throws Exception {
        var run = probe(false);
        assertEquals(0, run.getKey());
        var lines = run.getValue();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("window-class \\S+"), lines.toString());
        assertTrue(lines.get(1).matches("usable \\d+"), lines.toString());
        assertTrue(lines.get(2).matches("searched \\d+"), lines.toString());
        assertTrue(Long.parseLong(lines.get(2).split(" ")[1]) >= Long.parseLong(lines.get(1).split(" ")[1]));
        WaitForAsyncUtils.waitForFxEvents();
        // typed as the user types: the field shows the query, and the list the hits
        var field = (TextField) window.view().root().lookup("#searchField");
        assertEquals("换脸", field.getText());
        var rows = window.viewModel().search().rows();
        assertTrue(window.viewModel().search().searchingProperty().get());
        assertTrue(!rows.isEmpty() && rows.size() < 27, rows.size() + " rows");
    }

    @Test
    void memoryRun_printsTheThreeReadings_afterSearchingAndEditing() throws Exception {
        var before = library.notes().list(NoteFilter.ALL).stream()
                .mapToInt(n -> library.notes().history(n.id()).size()).sum();
        var run = probe(true);
        assertEquals(0, run.getKey(), run.getValue().toString());
        var lines = run.getValue();
        assertEquals(9, lines.size(), lines.toString());
        var phases = List.of("first", "searches", "edits");
        for (int i = 0; i < 3; i++) {
            var parts = lines.get(3 + 2 * i).split(" ");
            assertEquals("memory", parts[0]);
            assertEquals(phases.get(i), parts[1]);
            assertTrue(Long.parseLong(parts[2]) > 0, "RSS in kB");
            assertTrue(Long.parseLong(parts[3]) > 0, "heap bytes");
            var detail = lines.get(4 + 2 * i).split(" ");
            assertEquals(List.of("memory-detail", phases.get(i)), List.of(detail[0], detail[1]));
            assertEquals(6, detail.length, lines.get(4 + 2 * i));
        }
        var after = library.notes().list(NoteFilter.ALL).stream()
                .mapToInt(n -> library.notes().history(n.id()).size()).sum();
        assertEquals(before + 4, after, "four edits, each keeping a revision");
    }

    @Test
    void readsTheResidentSetFromProcStatus() {
        assertEquals(123456, StartupProbe.residentKb("Name:\tjava\nVmPeak:\t  999 kB\nVmRSS:\t  123456 kB\nVmData: 1 kB\n"));
        assertEquals(-1, StartupProbe.residentKb("Name:\tjava\n"));
        assertEquals(42, StartupProbe.residentKb("VmRSS:\t 9 kB\nRssFile:\t      42 kB\n", "RssFile"));
    }

    @Test
    void searchesForTheWordsOfTheTitles_neverTheSameTwiceInARow() {
        var words = StartupProbe.titleWords(List.of("DeepFaceLab: 换脸", "Faster R-CNN", "a 换脸 x"), 10);
        assertEquals(List.of("DeepFaceLab", "换脸", "Faster", "CNN"), words);
        assertEquals(List.of("DeepFaceLab", "换脸"), StartupProbe.titleWords(List.of("DeepFaceLab: 换脸", "Faster"), 2));
        var searches = StartupProbe.searches(List.of("换脸", "a", "a", "b"), "换脸", 6);
        assertEquals(List.of("a", "b", "换脸", "a", "b", "换脸"), searches);
        // one query alone still gives answers: it is varied
        var alone = StartupProbe.searches(List.of("x"), "x", 3);
        assertEquals(3, alone.size());
        for (int i = 1; i < alone.size(); i++) {
            assertTrue(!alone.get(i).equals(alone.get(i - 1)));
        }
        assertTrue(!alone.getFirst().equals("x"));
    }
}
