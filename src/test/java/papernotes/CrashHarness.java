package papernotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.service.Library;
import papernotes.service.NoteService;
import papernotes.storage.LibraryFiles;
import papernotes.storage.LibraryStore;

/// Kills a writing process at random moments and checks, after each kill, that nothing acknowledged was lost
/// (issue #8, part 1). Each run starts [CrashWriter] on the same library, kills it with SIGKILL after a random delay
/// (a quarter of the runs while it is still starting: opening the library, catching the index up; the rest while it
/// writes), then opens the library as the application does and checks:
/// - `PRAGMA integrity_check` and `foreign_key_check` ([LibraryFiles#check]);
/// - every note equal to what the acknowledged writes left ([CrashJournal]); the write cut off wholly there or
///   wholly absent; nothing else changed;
/// - the search index, once caught up, holding exactly the live notes, and finding each note this run touched by
///   the word its latest version added;
/// - each acknowledged backup (and a cut-off backup whose file exists) sound and equal to the library as it was
///   when the backup began.
final class CrashHarness {

    /// What the runs found.
    record Report(
            int kills,
            int killedWhileStarting,
            Map<String, Integer> acknowledged,
            Map<String, Integer> cutOff,
            int cutOffFoundCommitted,
            int backupsChecked,
            List<String> failures) {
        int writes() {
            return acknowledged.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("token (\\w+q)");

    private final Path library;
    private final Path scratch;
    private final Random random;

    CrashHarness(Path folder, long seed) {
        this.library = folder.resolve("library");
        this.scratch = folder.resolve("scratch");
        this.random = new Random(seed);
    }

    Report run(int kills) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Map<String, String> state;
        try (var opened = open()) {
            state = CrashJournal.fingerprints(read(opened.notes()));
        }
        var acknowledged = new TreeMap<String, Integer>();
        var cutOff = new TreeMap<String, Integer>();
        var failures = new ArrayList<String>();
        int starting = 0;
        int committed = 0;
        int backups = 0;
        for (int kill = 1; kill <= kills && failures.size() < 5; kill++) {
            var run = "r" + kill + "x";
            var journal = new CrashJournal(state);
            boolean early = random.nextInt(4) == 0;
            var child = start(run);
            var lines = new ArrayList<String>();
            var reader = Thread.ofPlatform().start(() -> readAll(child, lines));
            if (early) {
                Thread.sleep(100 + random.nextInt(1500));
            } else {
                awaitReady(lines, child);
                Thread.sleep(random.nextInt(1500));
            }
            if (!child.isAlive()) {
                failures.add("run " + kill + ": the writer stopped by itself (exit " + child.exitValue() + "); see "
                        + scratch.resolve(run + ".err"));
                break;
            }
            // SIGKILL through the process handle: Process.destroyForcibly would also close the pipe from the child
            // and drop the lines not read yet, the end of the journal (two runs failed so, on a loaded machine)
            child.toHandle().destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
            reader.join();
            synchronized (lines) {
                lines.forEach(journal::read);
            }
            if (!journal.ready()) {
                starting++;
            }
            var problems = new ArrayList<String>();
            state = check(journal, problems);
            backups += checkBackups(journal, problems);
            journal.acknowledged().forEach((kind, n) -> acknowledged.merge(kind, n, Integer::sum));
            journal.cutOff().ifPresent(kind -> cutOff.merge(kind, 1, Integer::sum));
            if (journal.cutOffApplied().orElse(false)) {
                committed++;
            }
            int at = kill;
            problems.forEach(problem -> failures.add("run " + at + ": " + problem));
            if (!problems.isEmpty()) {
                keep(run, lines);
            }
            Files.deleteIfExists(scratch.resolve(run + ".err"));
            try (var leftovers = Files.list(scratch)) {
                for (Path left : leftovers
                        .filter(p -> p.getFileName().toString().startsWith("import-")
                                || p.getFileName().toString().startsWith("sqlite-"))
                        .toList()) {
                    TestFolders.delete(left);
                }
            }
        }
        return new Report(kills, starting, acknowledged, cutOff, committed, backups, failures);
    }

    /// Keeps what a failed run leaves, for a look afterwards: its journal and the writer's error output, and a copy
    /// of the library as the check found it (`scratch/failed-RUN/`).
    private void keep(String run, List<String> lines) throws IOException {
        var kept = scratch.resolve("failed-" + run);
        Files.createDirectories(kept);
        synchronized (lines) {
            Files.write(kept.resolve("journal.txt"), lines);
        }
        var err = scratch.resolve(run + ".err");
        if (Files.exists(err)) {
            Files.copy(err, kept.resolve("writer.err"));
        }
        try (var files = Files.walk(library)) {
            for (Path from : files.toList()) {
                var to =
                        kept.resolve("library").resolve(library.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        System.err.println("Crash harness: run " + run + " failed; its journal and library are kept in " + kept);
    }

    private Process start(String run) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "--enable-native-access=ALL-UNNAMED",
                        "-Dfile.encoding=UTF-8",
                        "-Dstdout.encoding=UTF-8",
                        // sqlite-jdbc unpacks its native library at every start; a killed child leaves it behind
                        "-Dorg.sqlite.tmpdir=" + scratch,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        library.toString(),
                        scratch.toString(),
                        Long.toString(random.nextLong()),
                        run)
                .redirectError(scratch.resolve(run + ".err").toFile())
                .start();
    }

    /// Reads the child's journal to its end (the end of the pipe once the child is dead). A read that fails is
    /// written into the journal as a line the journal reports, so a journal cut short never passes.
    private static void readAll(Process child, List<String> lines) {
        try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("UNREAD the journal could not be read to its end: " + e.getMessage() + CrashJournal.END);
                lines.notifyAll();
            }
        }
    }

    private static void awaitReady(List<String> lines, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        synchronized (lines) {
            while (lines.stream().noneMatch(l -> l.startsWith(CrashJournal.READY))
                    && child.isAlive()
                    && System.nanoTime() < deadline) {
                lines.wait(50);
            }
        }
    }

    /// Checks the library after a kill; returns its notes' fingerprints, the next run's starting point.
    private Map<String, String> check(CrashJournal journal, List<String> problems) {
        try {
            LibraryFiles.check(library.resolve(LibraryStore.DATABASE_FILE), "the library");
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
        try (var opened = open()) {
            var actual = read(opened.notes());
            problems.addAll(journal.check(actual));
            checkIndex(opened, actual, journal.touched(), problems);
            return CrashJournal.fingerprints(actual);
        }
    }

    private void checkIndex(
            Library opened, Map<String, CrashJournal.Found> actual, List<String> touched, List<String> problems) {
        var search = opened.search();
        search.awaitIndex();
        var live = new HashSet<String>();
        opened.notes().list(NoteFilter.ALL).forEach(s -> live.add(s.id().value()));
        var indexed = new HashSet<>(search.indexedIds());
        if (!indexed.equals(live)) {
            var missing = new HashSet<>(live);
            missing.removeAll(indexed);
            indexed.removeAll(live);
            problems.add("the index does not hold the live notes: missing " + missing + ", extra " + indexed);
        }
        for (String id : new HashSet<>(touched)) {
            if (!live.contains(id)) {
                continue;
            }
            var body = opened.notes().get(new NoteId(id)).note().body();
            var token = TOKEN.matcher(body);
            if (token.find() && !search.searchIds(token.group(1), 10).contains(id)) {
                problems.add("a search for '" + token.group(1) + "' does not find " + id);
            }
        }
    }

    private int checkBackups(CrashJournal journal, List<String> problems) {
        int checked = 0;
        for (var backup : journal.backups()) {
            if (!Files.exists(backup.file())) {
                if (backup.acknowledged()) {
                    problems.add("the acknowledged backup " + backup.file() + " is missing");
                }
                continue;
            }
            checked++;
            try {
                LibraryFiles.check(backup.file(), "the backup " + backup.file());
                var copy = scratch.resolve("backup-check");
                Files.createDirectories(copy);
                Files.copy(backup.file(), copy.resolve(LibraryStore.DATABASE_FILE));
                try (var store = LibraryStore.open(copy)) {
                    var notes =
                            CrashJournal.fingerprints(read(new NoteService(store, Clock.systemUTC(), new Random(0))));
                    if (!notes.equals(backup.notes())) {
                        problems.add("the backup " + backup.file().getFileName()
                                + " does not hold the library as it was" + " when it began (" + notes.size()
                                + " notes, " + backup.notes().size() + " expected)");
                    }
                }
                TestFolders.delete(copy);
                Files.delete(backup.file());
            } catch (RuntimeException | IOException e) {
                problems.add("the backup " + backup.file().getFileName() + ": " + e.getMessage());
            }
        }
        return checked;
    }

    private Library open() {
        return new Composition(
                        new DataDirectory(Map.of(), "Linux", library), Composition.Options.commands(Clock.systemUTC()))
                .open(Optional.of(library));
    }

    /// Every note, live and trashed, by id.
    private static Map<String, CrashJournal.Found> read(NoteService notes) {
        var ids = new ArrayList<NoteId>();
        notes.list(NoteFilter.ALL).forEach(s -> ids.add(s.id()));
        notes.trashed().forEach(t -> ids.add(t.note().id()));
        var result = new LinkedHashMap<String, CrashJournal.Found>();
        for (NoteId id : ids) {
            var stored = notes.get(id);
            var note = stored.note();
            var body = note.body();
            result.put(
                    id.value(),
                    new CrashJournal.Found(
                            CrashJournal.fingerprint(
                                    note.title(),
                                    note.topic(),
                                    note.tags(),
                                    body,
                                    stored.trashed().isPresent()),
                            note.title(),
                            "'" + note.title() + "' in " + note.topic() + ", tags "
                                    + note.tags() + (stored.trashed().isPresent() ? ", in the trash" : "")
                                    + ", body of " + body.length()
                                    + " chars ending '"
                                    + body.substring(Math.max(0, body.length() - 30))
                                            .replace("\n", "\\n") + "'"));
        }
        return result;
    }
}
