package papernotes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import papernotes.TestFolders;
import papernotes.model.InvalidInputException;

/// What `bench startup` reads from the probe and how it sums the starts up (the starts themselves need a display
/// and a jar: see docs/benchmarks.md, Start-up).
class StartupBenchmarkTest {

    @Test
    void readsTheProbesMemoryLines() {
        assertEquals(
                Optional.of(new StartupBenchmark.Memory("first", 287_444, 61_234_567)),
                StartupBenchmark.memoryLine("memory first 287444 61234567"));
        assertEquals(
                Optional.of(new StartupBenchmark.Memory("edits", 1, 2)),
                StartupBenchmark.memoryLine("memory edits 1 2\n"));
        assertEquals(Optional.empty(), StartupBenchmark.memoryLine("usable 812"));
        assertEquals(Optional.empty(), StartupBenchmark.memoryLine("memory first 12"));
        assertEquals(Optional.empty(), StartupBenchmark.memoryLine("memory first a b"));
        assertEquals(Optional.empty(), StartupBenchmark.memoryLine("[main] INFO memory first 1 2"));
    }

    @Test
    void mediansAndP95() {
        var ten = StartupBenchmark.Stats.of(List.of(900L, 1000L, 950L, 3000L, 920L, 940L, 980L, 1010L, 960L, 970L));
        assertEquals(965, ten.median(), "the mean of the two middle ones");
        assertEquals(3000, ten.p95(), "of ten, the largest");
        var odd = StartupBenchmark.Stats.of(List.of(5L, 1L, 3L));
        assertEquals(3, odd.median());
        assertEquals(5, odd.p95());
        var twenty =
                StartupBenchmark.Stats.of(LongStream.rangeClosed(1, 20).boxed().toList());
        assertEquals(19, twenty.p95());
        assertEquals(List.of(5L, 1L, 3L), odd.all(), "in the order measured");
        assertThrows(IllegalArgumentException.class, () -> StartupBenchmark.Stats.of(List.of()));
    }

    @Test
    void summarisesUsableAndSearchedApart() {
        var result = new StartupBenchmark.Result(
                OptionalLong.of(4000),
                List.of(
                        new StartupBenchmark.Run(1000, OptionalLong.of(1400)),
                        new StartupBenchmark.Run(1200, OptionalLong.of(1500)),
                        new StartupBenchmark.Run(1100, OptionalLong.of(1450))));
        assertEquals(1100, result.median());
        assertEquals(1450, result.searched().orElseThrow().median());
        assertEquals(
                "plain, usable: median 1100 ms, p95 1200 ms  (all: [1000, 1200, 1100])",
                StartupBenchmark.line("plain, usable", result.usable()));
        var withoutQuery = new StartupBenchmark.Result(
                OptionalLong.empty(), List.of(new StartupBenchmark.Run(1000, OptionalLong.empty())));
        assertTrue(withoutQuery.searched().isEmpty());
    }

    @Test
    void refusesAFolderWithoutALibrary() throws Exception {
        var empty = Files.createTempDirectory("papernotes-no-library");
        assertThrows(
                InvalidInputException.class, () -> new StartupBenchmark().measureOn(empty, 1, false, Optional.empty()));
        assertThrows(InvalidInputException.class, () -> new StartupBenchmark().memory(Optional.of(empty), "x"));
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "nothing was made there");
        }
        TestFolders.delete(empty);
    }
}
