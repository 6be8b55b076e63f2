package papernotes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import papernotes.service.Library;
import papernotes.service.NoteHistory;
import papernotes.service.NoteService;
import papernotes.service.SearchService;
import papernotes.service.TagService;
import papernotes.service.TopicService;
import papernotes.storage.LibraryStore;
import papernotes.work.Workers;

/// A real library in a temporary folder for tests: real SQLite, a clock that moves one second per reading, and a
/// seeded random source so ids repeat between runs.
public final class TestLibrary implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    private final LibraryStore store;
    private final Library library;
    private final SteppingClock clock;
    private boolean closed;

    /// Built by the application's own composition, with a stepping clock, ids from a seeded random source, UTC
    /// backup names, no search by meaning, and the index caught up before the library is returned.
    private TestLibrary(Path dir) {
        this.clock = new SteppingClock();
        var options = new Composition.Options(
                clock, ZoneOffset.UTC, new Random(42), false, false, false, false, "test", Workers.daemons());
        var opened = new Composition(new DataDirectory(Map.of(), "Linux", dir), options)
                .openWithStore(Optional.of(dir), false);
        this.store = opened.store();
        this.library = opened.library();
    }

    /// An empty library (no shipped notes) in `dir`.
    public static TestLibrary empty(Path dir) {
        return new TestLibrary(dir);
    }

    /// A library filled with the shipped notes, opened the way the application opens it.
    public static Library shipped(Path dir) {
        return shipped(dir, Map.of());
    }

    /// A library filled with the shipped notes, opened in a process whose environment is `environment` (where
    /// the services that know papers are, for one).
    public static Library shipped(Path dir, Map<String, String> environment) {
        var library = opening(dir, environment);
        library.search().awaitIndex();
        return library;
    }

    /// The library as the application opens it, without waiting for a background index rebuild.
    public static Library opening(Path dir) {
        return opening(dir, Map.of());
    }

    private static Library opening(Path dir, Map<String, String> environment) {
        return new Composition(
                        new DataDirectory(environment, "Linux", dir), Composition.Options.commands(new SteppingClock()))
                .open(Optional.of(dir));
    }

    public LibraryStore store() {
        return store;
    }

    public Library library() {
        return library;
    }

    public NoteService notes() {
        return library.notes();
    }

    public NoteHistory history() {
        return library.history();
    }

    public SteppingClock clock() {
        return clock;
    }

    public TopicService topics() {
        return library.topics();
    }

    public TagService tags() {
        return library.tags();
    }

    public SearchService search() {
        return library.search();
    }

    /// Closes the library; closing it again does nothing.
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            library.close();
        }
    }

    /// A clock that starts at [#START] and advances one second each time it is read.
    public static final class SteppingClock extends Clock {

        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        /// Moves the clock on by `by` at once (a pause).
        public synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public synchronized Instant instant() {
            var current = now;
            now = now.plus(Duration.ofSeconds(1));
            return current;
        }
    }
}
