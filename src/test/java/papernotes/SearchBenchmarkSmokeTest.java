package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.bench.BenchCommand;
import papernotes.cli.CliRun;
import papernotes.cli.LibraryOpener;

/// `papernotes bench --notes N` end to end on 1,000 generated notes (the full run is `--notes 100000`, see
/// docs/benchmarks.md): every engine is built and queried, every section of the report is there, and the tables
/// and the goals are printed. Figures are not checked: this is a smoke test, not a timed test.
@Tag("slow")
class SearchBenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void benchOnAThousandNotes_reportsEveryEngineAndGoal() throws Exception {
        var composition = new Composition(
                new DataDirectory(Map.of(), "Linux", dir.resolve("home")),
                Composition.Options.commands(new TestLibrary.SteppingClock()));
        var run = CliRun.run(
                LibraryOpener.of(composition::open, composition::folder),
                (library, notice) -> {
                    throw new AssertionError("no command should start the desktop");
                },
                List.of(BenchCommand.class),
                "",
                "bench",
                "--notes",
                "1000",
                "--queries",
                "70",
                "--passes",
                "1",
                "--nrt",
                "10",
                "--dir",
                dir.resolve("bench").toString());
        assertEquals(0, run.exitCode(), run.err());
        var report = new ObjectMapper().readTree(Files.readString(dir.resolve("bench/bench-1000.json")));
        assertEquals(1000, report.at("/report/corpus/notes").asInt());
        assertEquals(70, report.at("/report/corpus/queries").asInt());
        var engines = List.of("PaperNotes", "FTS5 unicode61", "FTS5 trigram+LIKE", "brute-force scan");
        for (var engine : engines) {
            assertTrue(run.out().contains("| " + engine + " | "), engine + " missing from\n" + run.out());
        }
        assertEquals(4, report.at("/report/builds").size());
        assertEquals(8, report.at("/report/latencies").size());
        for (var latency : report.at("/report/latencies")) {
            assertEquals(70, latency.at("/all/count").asInt(), latency.toString());
            assertTrue(latency.at("/all/p99").asDouble() > 0, latency.toString());
            assertEquals(7, latency.at("/byCategory").size(), latency.toString());
        }
        assertEquals(10, report.at("/report/nrt/visible/count").asInt());
        assertTrue(report.at("/report/nrt/visibleUnderLoad/p50").asDouble() > 0);
        assertTrue(report.at("/report/builds/0/indexBytes").asLong() > 0);
        assertEquals(5, report.at("/goals").size());
        assertTrue(run.out().contains("| Goal | Target | Measured | Met |"), run.out());
        assertTrue(run.lastLine().startsWith("Report: " + dir.resolve("bench/bench-1000.json")), run.out());
    }
}
