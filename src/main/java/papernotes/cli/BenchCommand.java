package papernotes.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;
import papernotes.service.RenderBenchmark;

@Command(name = "bench", description = {"Measure speed. 'bench render': generated notes of 10 KB, 100 KB and 1 MB",
        "rendered to the note view's page, after warm-up; milliseconds p50, p90 and max.",
        "'bench startup': launch -> usable window (and, with --query, -> first search answered) over new processes,",
        "plain and with a JDK AOT cache, on a scratch library of the shipped notes or the --data-dir library (needs a",
        "display; --runs, default 20; use 10); --memory adds RSS and heap after the search, 1,000 searches and edits."})
final class BenchCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: render.")
    String what;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Measured runs per size (default ${DEFAULT-VALUE}).")
    int runs;

    // bench startup: its logic is in StartupBenchmark; it starts the app as other processes, so the library stays closed

    @Option(names = "--query", paramLabel = "TEXT", description = "startup: also time launch -> this search answered.")
    String query;

    @Option(names = "--memory", description = "startup: one more start measuring memory after the search, 1,000 searches and 1,000 edits (on a copy of the library).")
    boolean memory;

    @Override
    boolean opensLibrary() {
        return !"startup".equals(what);
    }

    @Override
    int runWithoutLibrary(Output output) {
        if (runs < 1) {
            throw new papernotes.model.InvalidInputException("--runs must be at least 1.");
        }
        // with --data-dir, the library there (only opened; the memory run uses a copy), else a scratch one
        new StartupBenchmark().report(Optional.ofNullable(root.dataDir).map(dir -> dir.toAbsolutePath().normalize()), runs,
                Optional.ofNullable(query).filter(q -> !q.isBlank()), memory, output);
        return 0;
    }

    @Override
    int run(Library library, Output output) {
        if (!what.equals("render") && !what.equals("startup")) {
            throw new papernotes.model.InvalidInputException("Unknown benchmark '" + what + "'; try 'render' or 'startup'.");
        }
        if (runs < 1) {
            throw new papernotes.model.InvalidInputException("--runs must be at least 1.");
        }
        var benchmark = new RenderBenchmark(library.render());
        output.line(String.format(Locale.ROOT, "%-10s %10s %10s %10s", "note", "p50 ms", "p90 ms", "max ms"));
        for (int size : List.of(10_000, 100_000, 1_000_000)) {
            var result = benchmark.measure(size, Math.max(5, runs / 2), runs);
            output.line(String.format(Locale.ROOT, "%-10s %10.1f %10.1f %10.1f", result.bytes() / 1000 + " KB",
                    result.percentile(0.5), result.percentile(0.9), result.millis().getLast()));
        }
        return 0;
    }
}
