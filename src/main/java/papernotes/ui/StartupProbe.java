package papernotes.ui;

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
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextInputControl;
import papernotes.model.NoteChanges;
import papernotes.model.NoteId;
import papernotes.service.Library;
import papernotes.service.bench.ResidentMemory;
import papernotes.ui.main.MainWindow;
import papernotes.ui.search.SearchViewModel;

/// The start-up benchmark's probe inside the app (`bench startup`, which reads the lines it prints): with
/// `PAPERNOTES_STARTUP_PROBE` set, prints `usable MS` once the window is usable (after `window-class NAME`, the
/// name the desktop knows the window by) and exits. With a query in
/// `PAPERNOTES_PROBE_QUERY` it first types the query into the search field and prints `searched MS` once the answer
/// is in the list (milliseconds since the same start as `usable`). With `PAPERNOTES_PROBE_MEMORY` set too, it then
/// prints the memory at idle (`memory first RSS_KB HEAP_BYTES`: resident set, heap used after a full GC; once the
/// quick switcher, which prepares in the background a few seconds after start, is ready), runs
/// 1,000 searches through the search field (the words of the listed notes' titles, or the queries of the file
/// named by `PAPERNOTES_PROBE_QUERIES`, one a line) and 1,000 edits (a word appended to a note's body, saved
/// through the library as autosave saves), printing the memory after each (each time after a pause, two full
/// collections and a pause), and exits. The memory run changes the library: the benchmark runs it on a copy.
/// Without the variables nothing of this runs.
public final class StartupProbe {

    public static final String PROBE = "PAPERNOTES_STARTUP_PROBE";
    public static final String QUERY = "PAPERNOTES_PROBE_QUERY";
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

    private final long started;
    private final Optional<String> query;
    private final boolean memory;
    private final Optional<Path> queriesFile;
    private final Load load;
    private final PrintStream out;
    private final IntConsumer exit;

    StartupProbe(long started, Optional<String> query, boolean memory, Optional<Path> queriesFile, Load load,
                 PrintStream out, IntConsumer exit) {
        this.started = started;
        this.query = query;
        this.memory = memory;
        this.queriesFile = queriesFile;
        this.load = load;
        this.out = out;
        this.exit = exit;
    }

    /// The probe the environment asks for, if any; `started`: the [System#nanoTime] the times are counted from;
    /// `out`: where it prints (standard output).
    public static Optional<StartupProbe> fromEnvironment(Map<String, String> environment, long started,
                                                         PrintStream out) {
        if (environment.get(PROBE) == null) {
            return Optional.empty();
        }
        var query = Optional.ofNullable(environment.get(QUERY)).filter(q -> !q.isBlank());
        return Optional.of(new StartupProbe(started, query, query.isPresent() && environment.get(MEMORY) != null,
                Optional.ofNullable(environment.get(QUERIES)).filter(f -> !f.isBlank()).map(Path::of), Load.FULL, out,
                System::exit));
    }

    /// Called on the JavaFX thread once the window is usable (its list shows the notes).
    public void usable(MainWindow window, Library library) {
        long usable = sinceStart();
        // what the desktop knows the window by (WM_CLASS), for the installed app's test
        say("window-class " + WindowClass.current());
        say("usable " + usable);
        if (query.isEmpty()) {
            exit.accept(0);
            return;
        }
        var search = window.viewModel().search();
        // what the memory run searches for and edits, taken from the list before the query replaces it (only that:
        // holding the rows would keep every note's summary alive in the memory measured)
        var words = memory && queriesFile.isEmpty()
                ? titleWords(search.rows().stream().map(row -> row.note().title()).toList(), load.searches())
                : List.<String>of();
        var ids = memory ? search.rows().stream().map(row -> row.note().id()).distinct().limit(load.edits()).toList()
                : List.<NoteId>of();
        var field = window.view().root().lookup("#searchField");
        var answered = answer(search);
        type(field, search, query.get());
        answered.thenRun(() -> {
            say("searched " + sinceStart());
            if (!memory) {
                exit.accept(0);
                return;
            }
            Thread.ofPlatform().name("papernotes-probe").daemon().start(() -> {
                try {
                    measureMemory(field, search, library, words, ids);
                    exit.accept(0);
                } catch (RuntimeException | IOException | InterruptedException | java.util.concurrent.ExecutionException
                         | java.util.concurrent.TimeoutException e) {
                    say("failed " + e);
                    exit.accept(1);
                }
            });
        });
    }

    private void measureMemory(Object field, SearchViewModel search, Library library, List<String> words,
                               List<NoteId> ids)
            throws IOException, InterruptedException, java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
        // idle means after the start-up work that goes on in the background: the quick switcher's names
        library.quickSwitch().prepare();
        say(memoryLine("first"));
        var queries = queriesFile.isPresent()
                ? Files.readAllLines(queriesFile.get(), StandardCharsets.UTF_8).stream().filter(q -> !q.isBlank()).toList()
                : words;
        for (String next : searches(queries, query.get(), load.searches())) {
            var answered = new CompletableFuture<CompletableFuture<Void>>();
            Platform.runLater(() -> {
                answered.complete(answer(search));
                type(field, search, next);
            });
            answered.get(ANSWER_TIMEOUT_S, TimeUnit.SECONDS).get(ANSWER_TIMEOUT_S, TimeUnit.SECONDS);
        }
        say(memoryLine("searches"));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the library has no notes to edit");
        }
        for (int i = 0; i < load.edits(); i++) {
            NoteId id = ids.get(i % ids.size());
            var body = library.notes().get(id).note().body();
            library.notes().edit(id, NoteChanges.none().withBody(body + (body.endsWith("\n") ? "" : " ") + "probe" + i));
        }
        say(memoryLine("edits"));
    }

    /// Completes (on the JavaFX thread, after the list took it) with the next answer the list shows.
    private static CompletableFuture<Void> answer(SearchViewModel search) {
        var done = new CompletableFuture<Void>();
        ChangeListener<Number> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> property, Number before,
                                Number after) {
                search.answersProperty().removeListener(this);
                Platform.runLater(() -> done.complete(null));
            }
        };
        search.answersProperty().addListener(listener);
        return done;
    }

    /// Types `text` into the search field (the field is bound to the query, as when the user types).
    private static void type(Object field, SearchViewModel search, String text) {
        if (field instanceof TextInputControl input) {
            input.setText(text);
        } else {
            search.queryProperty().set(text);
        }
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
                + " " + memory.getHeapMemoryUsage().getCommitted() + " " + memory.getNonHeapMemoryUsage().getUsed();
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

    private long sinceStart() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
