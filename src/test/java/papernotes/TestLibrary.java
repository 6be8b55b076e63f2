package papernotes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import papernotes.markdown.MarkdownText;
import papernotes.search.SearchEngine;
import papernotes.service.GlossarySource;
import papernotes.service.Library;
import papernotes.service.SearchService;
import papernotes.service.NoteService;
import papernotes.service.TagService;
import papernotes.service.TopicService;
import papernotes.storage.LibraryStore;

/// A real library in a temporary folder for tests: real SQLite, a clock that moves one second per reading, and a
/// seeded random source so ids repeat between runs.
public final class TestLibrary implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    private final LibraryStore store;
    private final Library library;
    private final SteppingClock clock;

    private TestLibrary(Path dir) {
        this.clock = new SteppingClock();
        this.store = LibraryStore.open(dir);
        var glossary = new GlossarySource(store.dataDir());
        var engine = SearchEngine.open(store.dataDir().resolve("index"), glossary.load().entries());
        var markdown = new MarkdownText();
        var search = new SearchService(store, engine, markdown, glossary, java.util.Optional.empty());
        var notes = new NoteService(store, clock, new Random(42), search);
        notes.bringLinksUpToDate();
        search.bringUpToDate();
        var render = new papernotes.service.RenderService(store,
                new papernotes.markdown.NotePage(new papernotes.markdown.NoteRenderer()));
        var quickSwitch = new papernotes.service.QuickSwitchService(store, engine.titleMatcher());
        var backups = new papernotes.service.BackupService(store, clock, java.time.ZoneOffset.UTC);
        var jsonBackup = new papernotes.service.JsonBackupService(store, notes, search, "test");
        var bibtex = new papernotes.service.BibtexService(store, notes, clock, search);
        this.library = new Library(store.dataDir(), notes, new TopicService(store, clock, search), new TagService(store, search), search,
                render, quickSwitch, backups, jsonBackup, bibtex, new papernotes.service.VaultExport(store),
                new papernotes.service.VaultImport(store, notes, clock, search),
                new papernotes.service.GlossaryService(glossary), () -> {
            search.close();
            store.close();
        });
    }

    /// An empty library (no shipped notes) in `dir`.
    public static TestLibrary empty(Path dir) {
        return new TestLibrary(dir);
    }

    /// A library filled with the shipped notes, opened the way the application opens it.
    public static Library shipped(Path dir) {
        var library = opening(dir);
        library.search().awaitIndex();
        return library;
    }

    /// The library as the application opens it, without waiting for a background index rebuild.
    public static Library opening(Path dir) {
        return new Composition(new DataDirectory(java.util.Map.of(), "Linux", dir), new SteppingClock())
                .open(java.util.Optional.of(dir));
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

    @Override
    public void close() {
        library.close();
    }

    /// A clock that starts at [#START] and advances one second each time it is read.
    public static final class SteppingClock extends Clock {

        private Instant now = START;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
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
