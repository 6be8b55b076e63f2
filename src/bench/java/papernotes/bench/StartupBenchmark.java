package papernotes.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import papernotes.bench.probe.MemoryProbe;
import papernotes.cli.Output;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;
import papernotes.service.BackupService;
import papernotes.ui.LaunchCheck;

/// Launch → usable window, and launch → first search answered, measured from outside: each run starts PaperNotes
/// as a new process (a cold JVM) with `PAPERNOTES_STARTUP_PROBE` set (see `ui.LaunchCheck`), and times until the
/// app prints that its window is usable (notes listed, search field focused) and, with a query
/// (`PAPERNOTES_PROBE_QUERY`), that the answer to the query typed into the search field is in the list. Runs on a
/// new library of the shipped notes in a scratch folder (whose first start, which fills it, is reported apart), or
/// on an existing library folder, which is only opened: the memory run, which edits notes, works on a copy.
final class StartupBenchmark {

    // the names the launch check and the memory probe read
    static final String PROBE = LaunchCheck.PROBE;
    static final String QUERY = LaunchCheck.QUERY;
    static final String MEMORY = MemoryProbe.MEMORY;

    /// A timing run gives up after this long; the memory run (1,000 searches and 1,000 edits) after ten times it.
    static final long TIMEOUT_S = 300;

    /// One start: milliseconds from launch until the window was usable, and until the first search was answered
    /// (when a query was given).
    record Run(long usable, OptionalLong searched) {}

    /// What the app used at one point of the memory run: resident set (kB) and heap used after a full GC (bytes).
    record Memory(String phase, long rssKb, long heapBytes) {}

    /// The starts measured, and the start before them when there was one (filling a new library, or training an
    /// AOT cache) in milliseconds until usable.
    record Result(OptionalLong first, List<Run> runs) {
        long median() {
            return Stats.of(runs.stream().map(Run::usable).toList()).median();
        }

        Stats usable() {
            return Stats.of(runs.stream().map(Run::usable).toList());
        }

        Optional<Stats> searched() {
            var times = runs.stream()
                    .filter(r -> r.searched().isPresent())
                    .map(r -> r.searched().getAsLong())
                    .toList();
            return times.isEmpty() ? Optional.empty() : Optional.of(Stats.of(times));
        }
    }

    /// Median (the mean of the two middle values for an even count) and 95th percentile (nearest rank: of 10
    /// values, the largest) of some milliseconds.
    record Stats(long median, long p95, List<Long> all) {
        static Stats of(List<Long> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no values");
            }
            var sorted = values.stream().sorted().toList();
            int n = sorted.size();
            long median =
                    n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
            long p95 = sorted.get((int) Math.ceil(0.95 * n) - 1);
            return new Stats(median, p95, List.copyOf(values));
        }
    }

    /// What one start printed, timed from outside.
    record Probed(long usable, OptionalLong searched, List<Memory> memory, List<String> details) {}

    /// The probe's line `memory PHASE RSS_KB HEAP_BYTES`, if `line` is one.
    static Optional<Memory> memoryLine(String line) {
        var parts = line.strip().split(" ");
        if (parts.length != 4 || !parts[0].equals("memory")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Memory(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /// Starts measured `runs` times on a new library of the shipped notes in a scratch folder; with `aotCache`, the
    /// first start trains a JDK 25 AOT cache (`-XX:AOTCacheOutput`) in the scratch folder and the measured starts
    /// use it (`-XX:AOTCache`).
    Result measure(int runs, boolean aotCache) {
        return measure(runs, aotCache, Optional.empty());
    }

    Result measure(int runs, boolean aotCache, Optional<String> query) {
        try {
            var dir = Files.createTempDirectory("papernotes-startup");
            try {
                var cache = dir.resolve("papernotes.aot");
                long first = launch(dir, aotCache ? List.of("-XX:AOTCacheOutput=" + cache) : List.of(), query, false)
                        .usable();
                var times = new ArrayList<Run>();
                for (int i = 0; i < runs; i++) {
                    times.add(run(launch(dir, aotCache ? List.of("-XX:AOTCache=" + cache) : List.of(), query, false)));
                }
                return new Result(OptionalLong.of(first), times);
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot run the start-up benchmark: " + e.getMessage() + ".", e);
        }
    }

    /// Starts measured `runs` times on the existing library in `dataDir` (only opened); with `aotCache`, one more
    /// start before them (with the query, if any) trains a JDK 25 AOT cache in a scratch folder, which they use.
    Result measureOn(Path dataDir, int runs, boolean aotCache, Optional<String> query) {
        requireLibrary(dataDir);
        try {
            var scratch = Files.createTempDirectory("papernotes-startup-aot");
            try {
                var cache = scratch.resolve("papernotes.aot");
                var first = OptionalLong.empty();
                if (aotCache) {
                    first = OptionalLong.of(launch(dataDir, List.of("-XX:AOTCacheOutput=" + cache), query, false)
                            .usable());
                }
                var times = new ArrayList<Run>();
                for (int i = 0; i < runs; i++) {
                    times.add(run(
                            launch(dataDir, aotCache ? List.of("-XX:AOTCache=" + cache) : List.of(), query, false)));
                }
                return new Result(first, times);
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot run the start-up benchmark: " + e.getMessage() + ".", e);
        }
    }

    /// One start that answers `query`, then measures memory at idle, after 1,000 searches and after 1,000 edits;
    /// on a copy of the library in `dataDir` (the edits would change it), or on a new library of the shipped notes.
    Probed memory(Optional<Path> dataDir, String query) {
        dataDir.ifPresent(StartupBenchmark::requireLibrary);
        try {
            var scratch = Files.createTempDirectory("papernotes-startup-memory");
            try {
                if (dataDir.isPresent()) {
                    copyLibrary(dataDir.get(), scratch);
                }
                var probed = launch(scratch, List.of(), Optional.of(query), true);
                if (probed.memory().size() < 3) {
                    throw new PaperNotesException("The memory run stopped early (it printed " + probed.memory() + ").");
                }
                return probed;
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot run the start-up benchmark: " + e.getMessage() + ".", e);
        }
    }

    /// Runs `bench startup`: plain and with an AOT cache, then the memory run when asked; prints medians and p95.
    void report(Optional<Path> dataDir, int runs, Optional<String> query, boolean memory, Output output) {
        if (memory && query.isEmpty()) {
            throw new InvalidInputException("--memory needs --query: it measures after a search.");
        }
        dataDir.ifPresent(StartupBenchmark::requireLibrary);
        output.line(dataDir.map(dir -> "library: " + dir).orElse("library: a new one of the shipped notes (scratch)")
                + query.map(q -> ", first search: '" + q + "'").orElse("") + ", " + runs + " cold starts each");
        for (boolean aot : List.of(false, true)) {
            var result = dataDir.isPresent() ? measureOn(dataDir.get(), runs, aot, query) : measure(runs, aot, query);
            var label = aot ? "with a JDK AOT cache trained by a first start" : "plain java";
            if (!aot && dataDir.isEmpty()) {
                output.line("first start (new library, shipped notes filled in): "
                        + result.first().getAsLong() + " ms");
            }
            if (aot) {
                output.line("training start (writes the AOT cache): "
                        + result.first().getAsLong() + " ms");
            }
            output.line(line(label + ", launch -> usable window", result.usable()));
            result.searched().ifPresent(s -> output.line(line(label + ", launch -> first search answered", s)));
        }
        if (memory) {
            var probed = memory(dataDir, query.orElseThrow());
            var lines = probed.memory();
            output.line("memory of one start (" + (dataDir.isPresent() ? "on a copy of the library" : "scratch library")
                    + "), resident set and heap used after GC:");
            for (var line : lines) {
                output.line(String.format(
                        Locale.ROOT,
                        "  %-10s RSS %6.1f MB   heap %6.1f MB   (memory %s %d %d)",
                        describe(line.phase()),
                        line.rssKb() / 1024.0,
                        line.heapBytes() / (1024.0 * 1024.0),
                        line.phase(),
                        line.rssKb(),
                        line.heapBytes()));
            }
            output.line("  (resident: anonymous kB, file-backed kB; heap committed and non-heap used, bytes)");
            probed.details().forEach(detail -> output.line("  " + detail));
        }
    }

    private static String describe(String phase) {
        return switch (phase) {
            case "first" -> "idle after the first search";
            case "searches" -> "after 1,000 searches";
            case "edits" -> "after 1,000 edits";
            default -> phase;
        };
    }

    static String line(String label, Stats stats) {
        return String.format(
                Locale.ROOT, "%s: median %d ms, p95 %d ms  (all: %s)", label, stats.median(), stats.p95(), stats.all());
    }

    private static Run run(Probed probed) {
        return new Run(probed.usable(), probed.searched());
    }

    private static void requireLibrary(Path dataDir) {
        if (!Files.isRegularFile(dataDir.resolve("library.db"))) {
            throw new InvalidInputException("There is no library in " + dataDir + " to measure.");
        }
    }

    /// Copies the library folder (its file, index and settings) but not its lock, nor its backups.
    private static void copyLibrary(Path from, Path to) throws IOException {
        var backups = from.resolve(BackupService.FOLDER);
        try (var files = Files.walk(from)) {
            for (var source : (Iterable<Path>) files::iterator) {
                var target = to.resolve(from.relativize(source).toString());
                if (source.startsWith(backups)) {
                    continue;
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("library.lock")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Probed launch(Path dir, List<String> jvmOptions, Optional<String> query, boolean memory)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        var classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath, BenchMain.class.getName()));
        }
        command.addAll(List.of("--data-dir", dir.toString()));
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(PROBE, "1");
        builder.environment().remove(QUERY);
        builder.environment().remove(MEMORY);
        query.ifPresent(q -> builder.environment().put(QUERY, q));
        if (memory) {
            builder.environment().put(MEMORY, "1");
        }
        long start = System.nanoTime();
        var process = builder.start();
        long timeout = memory ? TIMEOUT_S * 10 : TIMEOUT_S;
        var watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        long usable = -1;
        var searched = OptionalLong.empty();
        var memoryLines = new ArrayList<Memory>();
        var details = new ArrayList<String>();
        String failure = null;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (line.equals("usable")) {
                    usable = millis;
                } else if (line.equals("searched")) {
                    searched = OptionalLong.of(millis);
                } else if (line.startsWith("failed ")) {
                    failure = line.substring("failed ".length());
                } else if (line.startsWith("memory-detail ")) {
                    details.add(line);
                } else {
                    memoryLine(line).ifPresent(memoryLines::add);
                }
            }
            // a training run writes its cache as the process ends
            process.waitFor(timeout, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
            watchdog.interrupt();
        }
        if (failure != null) {
            throw new PaperNotesException("The probe failed: " + failure);
        }
        if (usable < 0) {
            throw new PaperNotesException(
                    "The app did not open its window (is there a display? set DISPLAY, or run " + "under xvfb-run).");
        }
        if (query.isPresent() && searched.isEmpty()) {
            throw new PaperNotesException(
                    "The app did not answer the search '" + query.get() + "' within " + timeout + " s.");
        }
        return new Probed(usable, searched, List.copyOf(memoryLines), List.copyOf(details));
    }
}
