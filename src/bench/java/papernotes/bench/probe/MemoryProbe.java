package papernotes.bench.probe;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import papernotes.bench.search.ResidentMemory;
import papernotes.model.NoteChanges;
import papernotes.model.NoteId;
import papernotes.service.Library;
import papernotes.ui.LaunchCheck;
import papernotes.ui.WindowReady;
import papernotes.ui.main.MainWindow;

/// The start-up benchmark's memory run inside the app (`bench startup --memory`, which reads the lines it prints):
/// with `PAPERNOTES_STARTUP_PROBE`, a query in `PAPERNOTES_PROBE_QUERY` and `PAPERNOTES_PROBE_MEMORY` set, runs the
/// launch check ([LaunchCheck]: `usable`, then `searched` once the query's answer is listed), then prints the memory at
/// idle (`memory first RSS_KB HEAP_BYTES`: resident set, heap used after a full GC; once the quick switcher, which
/// prepares in the background a few seconds after start, is ready), runs 1,000 searches through the search field
/// (the words of the listed notes' titles, or the queries of the file named by `PAPERNOTES_PROBE_QUERIES`, one a
/// line) and 1,000 edits (a word appended to a note's body, saved through the library as autosave saves), printing
/// the memory after each (each time after a pause, two full collections and a pause), and exits. The run changes
/// the library: the benchmark runs it on a copy.
public final class MemoryProbe implements WindowReady {

    public static final String MEMORY = "PAPERNOTES_PROBE_MEMORY";
    public static final String QUERIES = "PAPERNOTES_PROBE_QUERIES";

    static final int SEARCHES = 1_000;
    static final int EDITS = 1_000;
    /// How long the app is left alone before memory is read.
    static final long SETTLE_MS = 1_000;

    /// How much the memory run does: searches, edits, and the pause before each reading.
    record Load(int searches, int edits, long settleMs) {
        static final Load FULL = new Load(SEARCHES, EDITS, SETTLE_MS);
    }
    /// A search that takes longer than this ends the probe with an error.
    static final long ANSWER_TIMEOUT_S = 120;

    private final String query;
    private final Optional<Path> queriesFile;
    private final Load load;
    private final PrintStream out;
    private final IntConsumer exit;

    MemoryProbe(String query, Optional<Path> queriesFile, Load load, PrintStream out, IntConsumer exit) {
        this.query = query;
        this.queriesFile = queriesFile;
        this.load = load;
        this.out = out;
        this.exit = exit;
    }

    /// The memory run, when the environment asks for it; `out`: where it prints (standard output).
    public static Optional<WindowReady> fromEnvironment(Map<String, String> environment, PrintStream out) {
        var query = Optional.ofNullable(environment.get(LaunchCheck.QUERY)).filter(q -> !q.isBlank());
        if (environment.get(LaunchCheck.PROBE) == null || environment.get(MEMORY) == null || query.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MemoryProbe(
                query.get(),
                Optional.ofNullable(environment.get(QUERIES))
                        .filter(f -> !f.isBlank())
                        .map(Path::of),
                Load.FULL,
                out,
                System::exit));
    }

    /// Called on the JavaFX thread once the window is usable (its list shows the notes).
    @Override
    public void ready(MainWindow window, Library library) {
        var search = window.viewModel().search();
        // what the memory run searches for and edits, taken from the list before the query replaces it (only that:
        // holding the rows would keep every note's summary alive in the memory measured)
        var words = queriesFile.isEmpty()
                ? titleWords(
                        search.rows().stream().map(row -> row.note().title()).toList(), load.searches())
                : List.<String>of();
        var ids = search.rows().stream()
                .map(row -> row.note().id())
                .distinct()
                .limit(load.edits())
                .toList();
        new LaunchCheck(
                        Optional.of(query),
                        out,
                        exit,
                        (shown, open) -> Thread.ofPlatform()
                                .name("papernotes-probe")
                                .daemon()
                                .start(() -> {
                                    try {
                                        measureMemory(window, library, words, ids);
                                        exit.accept(0);
                                    } catch (RuntimeException
                                            | IOException
                                            | InterruptedException
                                            | ExecutionException
                                            | TimeoutException e) {
                                        say("failed " + e);
                                        exit.accept(1);
                                    }
                                }))
                .ready(window, library);
    }

    private void measureMemory(MainWindow window, Library library, List<String> words, List<NoteId> ids)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        // idle means after the start-up work that goes on in the background: the quick switcher's names
        library.quickSwitch().prepare();
        say(memoryLine("first"));
        var queries = queriesFile.isPresent()
                ? Files.readAllLines(queriesFile.get(), StandardCharsets.UTF_8).stream()
                        .filter(q -> !q.isBlank())
                        .toList()
                : words;
        for (String next : searches(queries, query, load.searches())) {
            var answered = new CompletableFuture<CompletableFuture<Void>>();
            Platform.runLater(() -> answered.complete(LaunchCheck.search(window, next)));
            answered.get(ANSWER_TIMEOUT_S, TimeUnit.SECONDS).get(ANSWER_TIMEOUT_S, TimeUnit.SECONDS);
        }
        say(memoryLine("searches"));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the library has no notes to edit");
        }
        for (int i = 0; i < load.edits(); i++) {
            NoteId id = ids.get(i % ids.size());
            var body = library.notes().get(id).note().body();
            library.notes()
                    .edit(id, NoteChanges.none().withBody(body + (body.endsWith("\n") ? "" : " ") + "probe" + i));
        }
        say(memoryLine("edits"));
    }

    /// The `memory PHASE RSS_KB HEAP_BYTES` line, and after it, to tell where the resident set goes, the line
    /// `memory-detail PHASE ANON_KB FILE_KB HEAP_COMMITTED_BYTES NON_HEAP_USED_BYTES` (anonymous and file-backed
    /// resident memory: the search index is mapped from its files).
    private String memoryLine(String phase) throws InterruptedException {
        Thread.sleep(load.settleMs());
        System.gc();
        System.gc();
        // the collector gives the freed heap back to the system on a thread of its own, a moment after
        Thread.sleep(load.settleMs());
        var memory = ManagementFactory.getMemoryMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed();
        String status = ResidentMemory.ownStatus();
        return "memory " + phase + " " + residentKb(status, "VmRSS") + " " + heap + "\n"
                + "memory-detail " + phase + " " + residentKb(status, "RssAnon") + " " + residentKb(status, "RssFile")
                + " " + memory.getHeapMemoryUsage().getCommitted() + " "
                + memory.getNonHeapMemoryUsage().getUsed();
    }

    /// The `VmRSS` of a `/proc/PID/status` text in kB, or -1 when it has none.
    static long residentKb(String status) {
        return residentKb(status, "VmRSS");
    }

    /// The field `name` (a size in kB) of a `/proc/PID/status` text, or -1 when it has none.
    static long residentKb(String status, String name) {
        return ResidentMemory.kb(status, name).orElse(-1);
    }

    /// Up to `limit` distinct words of the titles (two characters or more), in their order.
    static List<String> titleWords(List<String> titles, int limit) {
        var words = new LinkedHashSet<String>();
        for (String title : titles) {
            for (String word : title.split("[\\s\\p{Punct}，。：；、（）]+")) {
                if (word.codePointCount(0, word.length()) >= 2) {
                    words.add(word);
                    if (words.size() == limit) {
                        return List.copyOf(words);
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    /// `count` queries taken in turn from `queries`, never the same twice in a row (an unchanged query searches
    /// nothing), starting after `first`, the query searched before them.
    static List<String> searches(List<String> queries, String first, int count) {
        var pool = new ArrayList<>(queries);
        if (pool.stream().distinct().count() < 2) {
            pool.add(first);
            pool.add(first + " 0");
        }
        var result = new ArrayList<String>(count);
        String previous = first;
        for (int i = 0; result.size() < count; i++) {
            var next = pool.get(i % pool.size());
            if (!next.equals(previous)) {
                result.add(next);
                previous = next;
            }
        }
        return result;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
