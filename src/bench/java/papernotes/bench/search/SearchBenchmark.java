package papernotes.bench.search;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.search.MeaningModel;
import papernotes.search.SearchEngine;
import papernotes.service.GlossarySource;
import papernotes.service.NoteService;
import papernotes.service.SearchService;
import papernotes.storage.LibraryStore;
import papernotes.storage.VectorStore;
import papernotes.work.Workers;

/// `papernotes bench --notes N`: generates a corpus ([CorpusGenerator]), stores it in a new library in a scratch
/// folder, then measures side by side, in this one process: the full build of PaperNotes' index and of the
/// baselines (SQLite FTS5 unicode61, FTS5 trigram, a brute-force scan in memory), query latency over the same
/// stratified queries ([BenchQueries]) with ids only and with snippets, and save → visible in search.
public final class SearchBenchmark {

    /// What to run: the corpus size and seed, how many queries, how many measured passes over them for PaperNotes
    /// (the baselines, much slower, run one), how many save → visible cycles, the scratch folder, and whether the
    /// notes' meaning vectors are computed (timed) and searched too, beside PaperNotes by words alone.
    public record Settings(
            int notes, long seed, int queries, int passes, int nrtCycles, Path folder, boolean meanings) {

        public Settings(int notes, long seed, int queries, int passes, int nrtCycles, Path folder) {
            this(notes, seed, queries, passes, nrtCycles, folder, false);
        }
    }

    static final int TOP = 10;
    private final Settings settings;
    private final Consumer<String> say;

    public SearchBenchmark(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.say = say;
    }

    /// The library folder of the run (kept afterwards, for the start-up measurement).
    public Path libraryFolder() {
        return settings.folder().resolve("library");
    }

    public BenchReport run() {
        try {
            Files.createDirectories(settings.folder());
        } catch (IOException e) {
            throw new PaperNotesException("Cannot create " + settings.folder() + ": " + e.getMessage() + ".", e);
        }
        var glossary = new GlossarySource(libraryFolder()).load().entries();
        say.accept("Generating " + settings.notes() + " notes (seed " + settings.seed() + ")…");
        long start = System.nanoTime();
        var generator = new CorpusGenerator(settings.seed(), glossary);
        List<CorpusNote> notes = generator.notes(settings.notes());
        long textBytes = notes.stream().mapToLong(CorpusNote::textBytes).sum();
        double generated = seconds(start);
        var queries = BenchQueries.of(generator, settings.queries(), settings.seed());
        try (var store = LibraryStore.open(libraryFolder())) {
            say.accept("Storing them in " + libraryFolder() + "…");
            start = System.nanoTime();
            fill(store, notes);
            double filled = seconds(start);
            var corpus =
                    new BenchReport.Corpus(settings.seed(), notes.size(), textBytes, queries.size(), generated, filled);
            var builds = new ArrayList<BenchReport.Build>();
            var latencies = new ArrayList<BenchReport.Latency>();
            var glossarySource = new GlossarySource(libraryFolder());
            var loaded = glossarySource.load();
            var indexDir = libraryFolder().resolve("index");
            try (var closing = new Closer()) {
                Optional<SearchService.MeaningSetup> meanings = Optional.empty();
                if (settings.meanings()) {
                    // beside the library, where the application keeps them: `bench memory` on the kept library finds
                    // them
                    var vectors = VectorStore.open(libraryFolder());
                    closing.add(vectors::close);
                    meanings = Optional.of(new SearchService.MeaningSetup(vectors, MeaningModel::load));
                }
                var search = new SearchService(
                        store,
                        SearchEngine.open(indexDir, loaded.entries()),
                        new MarkdownText(),
                        glossarySource,
                        loaded.problem(),
                        meanings,
                        Workers.daemons());
                closing.add(search::close);
                say.accept("Building PaperNotes' index…");
                start = System.nanoTime();
                search.rebuild();
                double built = seconds(start);
                say.accept("Waiting for the index's background merge…");
                start = System.nanoTime();
                search.awaitMerges();
                builds.add(build("PaperNotes", built, notes.size(), textBytes, folderBytes(indexDir), seconds(start)));
                var engines = new ArrayList<IndexEngine>();
                if (settings.meanings()) {
                    say.accept("Computing the notes' meaning vectors (one core)…");
                    start = System.nanoTime();
                    search.startMeanings();
                    search.awaitMeanings();
                    double computed = seconds(start);
                    // the notes indexed again with their vectors leave merges behind, which must not be timed as
                    // part of the queries
                    start = System.nanoTime();
                    search.awaitMerges();
                    builds.add(build(
                            "PaperNotes meaning vectors",
                            computed,
                            notes.size(),
                            textBytes,
                            folderBytes(libraryFolder().resolve(VectorStore.FILE)),
                            seconds(start)));
                    engines.add(new Engines.PaperNotes(search, true));
                }
                engines.add(new Engines.PaperNotes(search));
                for (var tokenizer : Fts5Baseline.Tokenizer.values()) {
                    var name = tokenizer == Fts5Baseline.Tokenizer.TRIGRAM ? "FTS5 trigram+LIKE" : "FTS5 unicode61";
                    say.accept("Building " + name + "…");
                    var file =
                            settings.folder().resolve("fts5-" + tokenizer.name().toLowerCase(Locale.ROOT) + ".db");
                    Files.deleteIfExists(file);
                    start = System.nanoTime();
                    var baseline = Fts5Baseline.fromLibrary(tokenizer, store.databaseFile(), file);
                    double took = seconds(start);
                    closing.add(baseline::close);
                    builds.add(build(name, took, notes.size(), textBytes, baseline.indexBytes(), 0));
                    engines.add(new Engines.Fts5(name, baseline));
                }
                say.accept("Loading the brute-force scan…");
                start = System.nanoTime();
                var scan = new BruteForceScan(notes);
                builds.add(build("brute-force scan", seconds(start), notes.size(), textBytes, 0, 0));
                engines.add(new Engines.Scan(scan));
                for (IndexEngine engine : engines) {
                    int passes = engine instanceof Engines.PaperNotes ? settings.passes() : 1;
                    for (boolean snippets : List.of(false, true)) {
                        say.accept("Querying " + engine.name() + (snippets ? " with snippets" : "") + "…");
                        latencies.add(latency(engine, queries, snippets, passes));
                    }
                }
                // the application's heap holds no copy of the notes' text: the scan and the corpus go before saves
                // are timed (holding them made young collections of 40-55 ms the slowest part of a save)
                var ids = notes.stream().map(CorpusNote::id).toList();
                notes = null;
                engines.clear();
                scan = null;
                // and their collection is not timed as part of the first saves
                System.gc();
                say.accept("Measuring save → visible in search…");
                var nrt = new NrtMeasurement(
                                new NoteService(store, Clock.systemUTC(), new Random(settings.seed()), search),
                                search,
                                ids,
                                settings.seed())
                        .measure(settings.nrtCycles());
                return new BenchReport(environment(), corpus, builds, latencies, nrt);
            }
        } catch (IOException e) {
            throw new PaperNotesException("The benchmark failed: " + e.getMessage() + ".", e);
        }
    }

    private static void fill(LibraryStore store, List<CorpusNote> notes) {
        var service = new NoteService(store, Clock.systemUTC(), new Random(0));
        for (int from = 0; from < notes.size(); from += 5_000) {
            var batch = new ArrayList<NoteService.Dated>();
            for (CorpusNote note : notes.subList(from, Math.min(notes.size(), from + 5_000))) {
                batch.add(new NoteService.Dated(
                        new NoteDraft(
                                Optional.of(note.id()),
                                note.title(),
                                note.topic(),
                                note.tags(),
                                List.of(),
                                PaperLinks.NONE,
                                note.body()),
                        note.created(),
                        note.updated()));
            }
            service.createAll(batch);
        }
    }

    /// One warm-up pass over the queries, then `passes` measured passes.
    private BenchReport.Latency latency(IndexEngine engine, List<BenchQuery> queries, boolean snippets, int passes) {
        queries.forEach(query -> engine.search(query.text(), snippets));
        var all = new long[queries.size() * passes];
        var byCategory = new LinkedHashMap<String, List<Long>>();
        int k = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (BenchQuery query : queries) {
                long start = System.nanoTime();
                engine.search(query.text(), snippets);
                long took = System.nanoTime() - start;
                all[k++] = took;
                byCategory
                        .computeIfAbsent(query.category(), c -> new ArrayList<>())
                        .add(took);
            }
        }
        var categories = new LinkedHashMap<String, Percentiles>();
        byCategory.forEach((category, times) -> categories.put(
                category,
                Percentiles.ofNanos(times.stream().mapToLong(Long::longValue).toArray())));
        return new BenchReport.Latency(
                engine.name(), snippets ? "snippets" : "ids", Percentiles.ofNanos(all), Map.copyOf(categories));
    }

    private static BenchReport.Build build(
            String engine, double seconds, int notes, long textBytes, long indexBytes, double mergeSeconds) {
        return new BenchReport.Build(
                engine,
                seconds,
                notes / seconds,
                textBytes / 1e6 / seconds,
                indexBytes,
                (double) indexBytes / textBytes,
                mergeSeconds);
    }

    private static BenchReport.Environment environment() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
        return new BenchReport.Environment(
                Instant.now().toString(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                memory,
                System.getProperty("java.vm.vendor") + " " + Runtime.version(),
                SearchEngine.luceneVersion(),
                Fts5Baseline.sqliteVersion());
    }

    static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
