package papernotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import papernotes.bench.search.BenchGoals;
import papernotes.bench.search.SearchBenchmark;
import papernotes.cli.Output;
import papernotes.cli.PaperNotesCommand;
import papernotes.interchange.JsonOutput;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "bench",
        description = {
            "Measure speed.",
            "'bench --notes N': generate N bilingual notes into a scratch library and measure, side by side with SQLite FTS5",
            "  (unicode61; trigram + LIKE) and a brute-force scan: full build, query latency (ids; with snippets), save ->",
            "  searchable; writes a JSON report and prints tables with the goals (docs/benchmarks.md).",
            "'bench render': generated notes of 10 KB, 100 KB and 1 MB rendered to the note view's page; p50, p90, max.",
            "'bench startup': launch -> usable window (and, with --query, -> first search answered) over new processes,",
            "  plain and with a JDK AOT cache, on a scratch library of the shipped notes or the --data-dir library (needs a",
            "  display; --runs, default 20; use 10); --memory adds RSS and heap after the search, 1,000 searches and edits.",
            "'bench memory': on the --data-dir library, resident memory after 300 searches by words, then with search by",
            "  meaning on (every note's vector computed or checked) after 300 more: what the layer adds."
        })
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "WHAT",
            description = "render, startup or memory; none with --notes.")
    String what;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "20",
            description = "render, startup: measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--searches",
            paramLabel = "N",
            defaultValue = "300",
            description = "memory: searches in each phase (default ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--query", paramLabel = "TEXT", description = "startup: also time launch -> this search answered.")
    String query;

    @Option(
            names = "--memory",
            description =
                    "startup: one more start measuring memory after the search, 1,000 searches and 1,000 edits (on a copy of the library).")
    boolean memory;

    @Option(
            names = "--notes",
            paramLabel = "N",
            description = "Notes to generate for the search benchmark (1000, 10000, 100000).")
    Optional<Integer> notes;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--queries",
            paramLabel = "N",
            defaultValue = "420",
            description = "Queries, the same number of each of 7 kinds (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "Measured passes over the queries for PaperNotes; baselines run one (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--nrt",
            paramLabel = "N",
            defaultValue = "300",
            description = "Save -> searchable cycles, quiet and under load (default ${DEFAULT-VALUE}).")
    int nrt;

    @Option(
            names = "--meanings",
            description =
                    "search: also compute the notes' meaning vectors (timed, one core) and search with them, beside PaperNotes by words alone.")
    boolean meanings;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Scratch folder (default: a new temporary folder); it keeps the generated library.")
    Optional<Path> dir;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Where the JSON report goes (default: bench-<N>.json in the scratch folder).")
    Optional<Path> report;

    @Override
    public Integer call() throws Exception {
        var output = new Output(root.terminal());
        if (notes.isPresent()) {
            if (what != null) {
                throw new InvalidInputException("Use either 'bench --notes N' or 'bench " + what + "', not both.");
            }
            return search(output);
        }
        if (!List.of("render", "startup", "memory").contains(what)) {
            throw new InvalidInputException(
                    "Say what to measure: 'bench --notes N', 'bench render', 'bench startup' or" + " 'bench memory'.");
        }
        if (what.equals("memory")) {
            if (searches < 1) {
                throw new InvalidInputException("--searches must be at least 1.");
            }
            try (var library = root.open()) {
                MemoryBenchmark.lines(new MemoryBenchmark(searches).measure(library))
                        .forEach(output::line);
            }
            return 0;
        }
        if (runs < 1) {
            throw new InvalidInputException("--runs must be at least 1.");
        }
        if (what.equals("startup")) {
            return startup(output);
        }
        try (var library = root.open()) {
            var benchmark = new RenderBenchmark(library.render());
            output.line(String.format(Locale.ROOT, "%-10s %10s %10s %10s", "note", "p50 ms", "p90 ms", "max ms"));
            for (int size : List.of(10_000, 100_000, 1_000_000)) {
                var result = benchmark.measure(size, Math.max(5, runs / 2), runs);
                output.line(String.format(
                        Locale.ROOT,
                        "%-10s %10.1f %10.1f %10.1f",
                        result.bytes() / 1000 + " KB",
                        result.percentile(0.5),
                        result.percentile(0.9),
                        result.millis().getLast()));
            }
        }
        return 0;
    }

    /// Starts the app as other processes, so the library stays closed here: with --data-dir, the library there (only
    /// opened; the memory run uses a copy), else a scratch one. Its logic is in [StartupBenchmark].
    private int startup(Output output) {
        new StartupBenchmark()
                .report(
                        root.dataDirectory().map(dir -> dir.toAbsolutePath().normalize()),
                        runs,
                        Optional.ofNullable(query).filter(q -> !q.isBlank()),
                        memory,
                        output);
        return 0;
    }

    private int search(Output output) throws IOException {
        int count = notes.get();
        if (count < 100 || count > 1_000_000) {
            throw new InvalidInputException("--notes must be between 100 and 1000000.");
        }
        if (queries < 7 || passes < 1 || nrt < 1) {
            throw new InvalidInputException("--queries must be at least 7, --passes and --nrt at least 1.");
        }
        var folder = dir.orElseGet(() -> {
                    try {
                        return Files.createTempDirectory("papernotes-bench");
                    } catch (IOException e) {
                        throw new PaperNotesException("Cannot create a scratch folder: " + e.getMessage() + ".", e);
                    }
                })
                .toAbsolutePath();
        if (Files.exists(folder.resolve("library"))) {
            throw new InvalidInputException(folder + " already holds a benchmark library; give a new --dir.");
        }
        var settings = new SearchBenchmark.Settings(count, seed, queries, passes, nrt, folder, meanings);
        var benchmark =
                new SearchBenchmark(settings, line -> output.terminal().err().println(line));
        var result = benchmark.run();
        var goals = BenchGoals.check(result, BenchGoals.App.NONE);
        var target = report.orElse(folder.resolve("bench-" + count + ".json"));
        var json = new LinkedHashMap<String, Object>();
        json.put("report", RecordMaps.of(result));
        json.put("goals", RecordMaps.of(goals));
        Files.writeString(target, new JsonOutput().pretty(json) + "\n");
        BenchTables.of(result, goals).forEach(output::line);
        output.line("");
        output.line("Report: " + target + "; library: " + benchmark.libraryFolder());
        return 0;
    }
}
