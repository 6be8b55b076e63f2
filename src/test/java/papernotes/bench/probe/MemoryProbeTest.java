package papernotes.bench.probe;

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
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import papernotes.model.NoteFilter;
import papernotes.service.Library;
import papernotes.ui.main.MainWindow;
import papernotes.ui.main.WindowUnderTest;

/// The memory run of the start-up benchmark in a real window over the shipped notes (made small here): after the
/// launch check's `usable` and `searched`, the three memory readings after searching and editing through the
/// library; and its small parts.
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MemoryProbeTest {

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

    /// Loads the window with the probe listening, and returns what it printed once it exited, and how.
    private Map.Entry<Integer, List<String>> probe() throws Exception {
        var printed = new ByteArrayOutputStream();
        var exited = new CompletableFuture<Integer>();
        var probe = new MemoryProbe(
                "换脸",
                Optional.empty(),
                new MemoryProbe.Load(5, 4, 0),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                exited::complete);
        Platform.runLater(() -> window.load(() -> probe.ready(window, library)));
        int code = exited.get(60, TimeUnit.SECONDS);
        return Map.entry(code, printed.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void memoryRun_printsTheThreeReadings_afterSearchingAndEditing() throws Exception {
        var before = library.notes().list(NoteFilter.ALL).stream()
                .mapToInt(n -> library.history().of(n.id()).size())
                .sum();
        var run = probe();
        assertEquals(0, run.getKey(), run.getValue().toString());
        var lines = run.getValue();
        assertEquals(9, lines.size(), lines.toString());
        assertEquals(List.of("usable", "searched"), lines.subList(1, 3));
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
                .mapToInt(n -> library.history().of(n.id()).size())
                .sum();
        assertEquals(before + 4, after, "four edits, each keeping a revision");
    }

    @Test
    void readsTheResidentSetFromProcStatus() {
        assertEquals(
                123456, MemoryProbe.residentKb("Name:\tjava\nVmPeak:\t  999 kB\nVmRSS:\t  123456 kB\nVmData: 1 kB\n"));
        assertEquals(-1, MemoryProbe.residentKb("Name:\tjava\n"));
        assertEquals(42, MemoryProbe.residentKb("VmRSS:\t 9 kB\nRssFile:\t      42 kB\n", "RssFile"));
    }

    @Test
    void searchesForTheWordsOfTheTitles_neverTheSameTwiceInARow() {
        var words = MemoryProbe.titleWords(List.of("DeepFaceLab: 换脸", "Faster R-CNN", "a 换脸 x"), 10);
        assertEquals(List.of("DeepFaceLab", "换脸", "Faster", "CNN"), words);
        assertEquals(List.of("DeepFaceLab", "换脸"), MemoryProbe.titleWords(List.of("DeepFaceLab: 换脸", "Faster"), 2));
        var searches = MemoryProbe.searches(List.of("换脸", "a", "a", "b"), "换脸", 6);
        assertEquals(List.of("a", "b", "换脸", "a", "b", "换脸"), searches);
        // one query alone still gives answers: it is varied
        var alone = MemoryProbe.searches(List.of("x"), "x", 3);
        assertEquals(3, alone.size());
        for (int i = 1; i < alone.size(); i++) {
            assertTrue(!alone.get(i).equals(alone.get(i - 1)));
        }
        assertTrue(!alone.getFirst().equals("x"));
    }
}
