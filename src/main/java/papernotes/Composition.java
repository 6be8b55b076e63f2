package papernotes;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.markdown.MarkdownText;
import papernotes.markdown.NotePage;
import papernotes.markdown.NoteRenderer;
import papernotes.search.MeaningModel;
import papernotes.search.SearchEngine;
import papernotes.service.BackupService;
import papernotes.service.BibtexService;
import papernotes.service.JsonBackupService;
import papernotes.service.LibraryFolder;
import papernotes.service.GlossarySource;
import papernotes.service.GlossaryService;
import papernotes.service.Library;
import papernotes.service.SearchService;
import papernotes.service.LibrarySeeder;
import papernotes.service.RenderService;
import papernotes.service.NoteService;
import papernotes.service.QuickSwitchService;
import papernotes.service.TagService;
import papernotes.service.TopicService;
import papernotes.service.VaultExport;
import papernotes.service.VaultImport;
import papernotes.storage.LibraryStore;
import papernotes.storage.VectorStore;

/// The composition root: opens the store and wires every service to it by constructor.
final class Composition {

    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);

    static final String INDEX_FOLDER = LibraryFolder.INDEX_FOLDER;
    /// How long a window's index waits for the window to list its notes before it opens anyway (see
    /// `SearchService.openInBackground`).
    static final java.time.Duration INDEX_HOLD = java.time.Duration.ofSeconds(5);

    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final boolean indexInBackground;
    private final boolean dailyBackup;

    Composition(DataDirectory dataDirectory, Clock clock) {
        this(dataDirectory, clock, false);
    }

    /// `indexInBackground`: open the search index on a background thread (for the window, which shows the library
    /// before the index is open); otherwise it is open when [#open] returns (for commands).
    Composition(DataDirectory dataDirectory, Clock clock, boolean indexInBackground) {
        this(dataDirectory, clock, indexInBackground, indexInBackground);
    }

    /// `dailyBackup`: make today's backup a few seconds after opening (the window does, except when the start-up
    /// benchmark runs it: its starts must leave the library folder as they found it, and a start ended by the
    /// benchmark in the middle of a backup would leave the partial copy behind).
    Composition(DataDirectory dataDirectory, Clock clock, boolean indexInBackground, boolean dailyBackup) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.indexInBackground = indexInBackground;
        this.dailyBackup = dailyBackup;
    }

    /// The library folder (the one given, or the default one) for what is done while the library is not open:
    /// restoring a library file, importing a JSON backup into a new library.
    LibraryFolder folder(Optional<Path> dataDir) {
        return new LibraryFolder(dataDirectory.resolve(dataDir), clock, ZoneId.systemDefault(), appVersion());
    }

    /// The version written into JSON backups: the jar's, or `development` when run from classes.
    static String appVersion() {
        return Optional.ofNullable(Composition.class.getPackage().getImplementationVersion()).orElse("development");
    }

    /// For the window only: today's backup of the library file (docs/decisions/0010-backups-and-bibtex.md), made on
    /// a background thread after the window opened, unless one was made today; the last seven are kept. A failure is
    /// logged and never stops the app.
    private static void startDailyBackup(BackupService backups) {
        Thread.ofPlatform().name("papernotes-daily-backup").daemon().start(() -> {
            try {
                Thread.sleep(DAILY_BACKUP_DELAY_MS);
                backups.dailyBackup().ifPresent(backup -> LOG.info("Backed the library up to {}", backup.file()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("The daily backup of the library failed; it is tried again at the next start", e);
            }
        });
    }

    /// The daily backup waits this long after the library opened, so that it does not compete with start-up.
    static final long DAILY_BACKUP_DELAY_MS = 5_000;

    /// Opens the library (the folder given, or the default one), filling it with the shipped notes when it is new.
    Library open(Optional<Path> dataDir) {
        return open(dataDir, true);
    }

    /// Opens the library; `samples`: fill a new library with the shipped notes.
    Library open(Optional<Path> dataDir, boolean samples) {
        var folder = dataDirectory.resolve(dataDir);
        var store = LibraryStore.open(folder);
        SearchService search = null;
        VectorStore vectors = null;
        try {
            var glossary = new GlossarySource(store.dataDir());
            var markdown = new MarkdownText();
            var indexDir = store.dataDir().resolve(INDEX_FOLDER);
            vectors = VectorStore.open(store.dataDir());
            var cache = store.dataDir().resolve(MODEL_CACHE_FOLDER);
            var meanings = Optional.of(new SearchService.MeaningSetup(vectors, () -> loadMeaningModel(cache)));
            if (indexInBackground) {
                search = SearchService.openInBackground(store, indexDir, markdown, glossary, INDEX_HOLD, meanings);
            } else {
                var loaded = glossary.load();
                search = new SearchService(store, SearchEngine.open(indexDir, loaded.entries()), markdown, glossary,
                        loaded.problem(), meanings);
            }
            var notes = new NoteService(store, clock, new SecureRandom(), search);
            int linksRead = notes.bringLinksUpToDate();
            if (linksRead > 0) {
                LOG.info("Recorded the links of the {} notes in {}", linksRead, store.dataDir());
            }
            int seeded = samples ? new LibrarySeeder(store, notes, clock).fillIfNew(BundledNotes::read) : 0;
            if (seeded > 0) {
                LOG.info("Filled the new library in {} with {} shipped notes", store.dataDir(), seeded);
            }
            if (!indexInBackground) {
                search.bringUpToDateInBackground();
            }
            var searchService = search;
            var vectorStore = vectors;
            var render = new RenderService(store, new NotePage(new NoteRenderer()));
            var topics = new TopicService(store, clock, search);
            var tags = new TagService(store, search);
            var quickSwitch = new QuickSwitchService(store, searchService::titleMatcher);
            var backups = new BackupService(store, clock, ZoneId.systemDefault());
            var jsonBackup = new JsonBackupService(store, notes, search, appVersion());
            var bibtex = new BibtexService(store, notes, clock, search);
            if (dailyBackup) {
                startDailyBackup(backups);
            }
            var vaultExport = new VaultExport(store);
            var vaultImport = new VaultImport(store, notes, clock, search);
            return new Library(store.dataDir(), notes, topics, tags, search, render, quickSwitch, backups, jsonBackup,
                    bibtex, vaultExport, vaultImport, new GlossaryService(glossary), () -> {
                try {
                    searchService.close();
                } finally {
                    vectorStore.close();
                    store.close();
                }
            });
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            if (vectors != null) {
                vectors.close();
            }
            store.close();
            throw e;
        }
    }

    /// Where native libraries of the meaning model are unpacked: under the data folder, not the home folder.
    static final String MODEL_CACHE_FOLDER = "cache";

    /// Loads the meaning model (on the thread that computes the vectors); DJL unpacks its tokenizer's native library
    /// into `cache` (its `DJL_CACHE_DIR`, unless the user set one).
    private static MeaningModel loadMeaningModel(Path cache) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cache.resolve("djl").toString());
        }
        return MeaningModel.load();
    }
}
