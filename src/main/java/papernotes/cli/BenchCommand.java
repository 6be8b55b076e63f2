package papernotes.cli;

import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import papernotes.service.Library;
import papernotes.service.RenderBenchmark;

@Command(name = "bench", description = {"Measure speed. 'bench render': generated notes of 10 KB, 100 KB and 1 MB",
        "rendered to the note view's page, after warm-up; milliseconds p50, p90 and max.",
        "'bench startup': launch -> usable window over new processes (needs a display; --runs, default 20; use 10)."})
final class BenchCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: render.")
    String what;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = "Measured runs per size (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    int run(Library library, Output output) {
        if (!what.equals("render") && !what.equals("startup")) {
            throw new papernotes.model.InvalidInputException("Unknown benchmark '" + what + "'; try 'render' or 'startup'.");
        }
        if (runs < 1) {
            throw new papernotes.model.InvalidInputException("--runs must be at least 1.");
        }
        if (what.equals("startup")) {
            var benchmark = new StartupBenchmark();
            var plain = benchmark.measure(runs, false);
            output.line("first start (new library, shipped notes filled in): " + plain.first() + " ms");
            output.line("launch -> usable window, median of " + plain.runs().size() + " cold starts: "
                    + plain.median() + " ms  (all: " + plain.runs() + ")");
            var cached = benchmark.measure(runs, true);
            output.line("the same with a JDK AOT cache trained by a first start: " + cached.median() + " ms  (all: "
                    + cached.runs() + ")");
            return 0;
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
