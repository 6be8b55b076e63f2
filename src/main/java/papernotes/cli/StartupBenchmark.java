package papernotes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import papernotes.model.PaperNotesException;

/// Launch → usable window, measured from outside: each run starts PaperNotes as a new process (a cold JVM) on a
/// library of the shipped notes in a scratch folder, with `PAPERNOTES_STARTUP_PROBE` set, and times until the app
/// prints that its window is usable (notes listed, search field focused). The first run also fills the new
/// library, so it is reported apart.
final class StartupBenchmark {

    static final String PROBE = "PAPERNOTES_STARTUP_PROBE";

    /// Milliseconds of the first start (new library) and of each start after it.
    record Result(long first, List<Long> runs) {
        long median() {
            var sorted = runs.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /// Starts measured `runs` times; with `aotCache`, the first start trains a JDK 25 AOT cache
    /// (`-XX:AOTCacheOutput`) in the scratch folder and the measured starts use it (`-XX:AOTCache`).
    Result measure(int runs, boolean aotCache) {
        try {
            var dir = Files.createTempDirectory("papernotes-startup");
            var cache = dir.resolve("papernotes.aot");
            long first = launch(dir, aotCache ? List.of("-XX:AOTCacheOutput=" + cache) : List.of());
            var times = new ArrayList<Long>();
            for (int i = 0; i < runs; i++) {
                times.add(launch(dir, aotCache ? List.of("-XX:AOTCache=" + cache) : List.of()));
            }
            return new Result(first, times);
        } catch (IOException e) {
            throw new PaperNotesException("Cannot run the start-up benchmark: " + e.getMessage() + ".", e);
        }
    }

    private long launch(Path dir, List<String> jvmOptions) throws IOException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        var classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath, "papernotes.PaperNotes"));
        }
        command.addAll(List.of("--data-dir", dir.toString()));
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(PROBE, "1");
        long start = System.nanoTime();
        var process = builder.start();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("usable")) {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    // a training run writes its cache as the process ends
                    process.waitFor(120, TimeUnit.SECONDS);
                    return millis;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
        }
        throw new PaperNotesException("The app did not open its window (is there a display? set DISPLAY, or run "
                + "under xvfb-run).");
    }
}
