package papernotes;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.markdown.MarkdownText;
import papernotes.markdown.NotePage;
import papernotes.markdown.NoteRenderer;
import papernotes.pdf.PdfTexts;
import papernotes.search.MeaningModel;
import papernotes.search.SearchEngine;
import papernotes.service.BackupService;
import papernotes.service.BibtexService;
import papernotes.service.GlossaryService;
import papernotes.service.GlossarySource;
import papernotes.service.JsonBackupService;
import papernotes.service.Library;
import papernotes.service.LibraryFolder;
import papernotes.service.LibrarySeeder;
import papernotes.service.LookupPreferences;
import papernotes.service.NoteFileService;
import papernotes.service.NoteHistory;
import papernotes.service.NoteService;
import papernotes.service.PaperCapture;
import papernotes.service.PaperLookup;
import papernotes.service.PaperPdfs;
import papernotes.service.PdfCapture;
import papernotes.service.QuickSwitchService;
import papernotes.service.RenderService;
import papernotes.service.SearchService;
import papernotes.service.SyncService;
import papernotes.service.TagService;
import papernotes.service.TopicService;
import papernotes.service.VaultExport;
import papernotes.service.VaultImport;
import papernotes.storage.LibraryStore;
import papernotes.storage.VectorStore;
import papernotes.web.Pacing;
import papernotes.web.PoliteClient;
import papernotes.work.Workers;

/// The composition root: opens the store and wires every service to it by constructor.
final class Composition {

    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);

    static final String INDEX_FOLDER = LibraryFolder.INDEX_FOLDER;
    /// How long a window's index waits for the window to list its notes before it opens anyway (see
    /// `SearchService.openInBackground`).
    static final Duration INDEX_HOLD = Duration.ofSeconds(5);

    /// How libraries are opened, one record for every way: the clock, the time zone of backup names, the random
    /// source of new ids, whether the search index opens on a background thread (the window shows the library
    /// before it is open) or is open when [#open] returns (commands), whether today's backup is made a few seconds
    /// after opening (the window, except under the launch check: its starts must leave the folder as they found
    /// it), whether search by meaning is set up, whether the index catches up with the library in the background or
    /// before [#open] returns, the version written into JSON backups, and the workers that run background work.
    record Options(
            Clock clock,
            ZoneId zone,
            RandomGenerator random,
            boolean indexInBackground,
            boolean dailyBackup,
            boolean meanings,
            boolean catchUpInBackground,
            String appVersion,
            Workers workers) {

        /// For a command: the index open when the library is, no daily backup.
        static Options commands(Clock clock) {
            return new Options(
                    clock,
                    ZoneId.systemDefault(),
                    new SecureRandom(),
                    false,
                    false,
                    true,
                    true,
                    Composition.appVersion(),
                    Workers.daemons());
        }

        /// For the window: the index opens in the background; `dailyBackup` a few seconds after opening.
        static Options window(Clock clock, boolean dailyBackup) {
            return new Options(
                    clock,
                    ZoneId.systemDefault(),
                    new SecureRandom(),
                    true,
                    dailyBackup,
                    true,
                    true,
                    Composition.appVersion(),
                    Workers.daemons());
        }
    }

    /// An open library, and its store for those who work below the services (the tests' library).
    record Opened(Library library, LibraryStore store) {}

    private final DataDirectory dataDirectory;
    private final Options options;

    Composition(DataDirectory dataDirectory, Options options) {
        this.dataDirectory = dataDirectory;
        this.options = options;
    }

    /// The library folder (the one given, or the default one) for what is done while the library is not open:
    /// restoring a library file, importing a JSON backup into a new library.
    LibraryFolder folder(Optional<Path> dataDir) {
        return new LibraryFolder(dataDirectory.resolve(dataDir), options.clock(), options.zone(), options.appVersion());
    }

    /// The version written into JSON backups: the jar's, or `development` when run from classes.
    static String appVersion() {
        return Optional.ofNullable(Composition.class.getPackage().getImplementationVersion())
                .orElse("development");
    }

    /// For the window only: today's backup of the library file (docs/decisions/0010-backups-and-bibtex.md), made on
    /// a background thread after the window opened, unless one was made today; the last seven are kept. A failure
    /// is logged and never stops the app.
    private void startDailyBackup(BackupService backups) {
        options.workers().start("daily-backup", () -> {
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
        return openWithStore(dataDir, samples).library();
    }

    /// Opens the library, and gives its store too.
    Opened openWithStore(Optional<Path> dataDir, boolean samples) {
        var folder = dataDirectory.resolve(dataDir);
        var store = LibraryStore.open(folder);
        SearchService search = null;
        Optional<VectorStore> vectors = Optional.empty();
        try {
            var clock = options.clock();
            var glossary = new GlossarySource(store.dataDir());
            var markdown = new MarkdownText();
            var indexDir = store.dataDir().resolve(INDEX_FOLDER);
            var meanings = Optional.<SearchService.MeaningSetup>empty();
            if (options.meanings()) {
                vectors = Optional.of(VectorStore.open(store.dataDir()));
                var cache = store.dataDir().resolve(MODEL_CACHE_FOLDER);
                meanings = Optional.of(new SearchService.MeaningSetup(vectors.get(), () -> loadMeaningModel(cache)));
            }
            if (options.indexInBackground()) {
                search = SearchService.openInBackground(
                        store, indexDir, markdown, glossary, INDEX_HOLD, meanings, options.workers());
            } else {
                var loaded = glossary.load();
                search = new SearchService(
                        store,
                        SearchEngine.open(indexDir, loaded.entries()),
                        markdown,
                        glossary,
                        loaded.problem(),
                        meanings,
                        options.workers());
            }
            var notes = new NoteService(store, clock, options.random(), search);
            int linksRead = notes.bringLinksUpToDate();
            if (linksRead > 0) {
                LOG.info("Recorded the links of the {} notes in {}", linksRead, store.dataDir());
            }
            int seeded = samples ? new LibrarySeeder(store, notes, clock).fillIfNew(BundledNotes::read) : 0;
            if (seeded > 0) {
                LOG.info("Filled the new library in {} with {} shipped notes", store.dataDir(), seeded);
            }
            if (!options.indexInBackground()) {
                if (options.catchUpInBackground()) {
                    search.bringUpToDateInBackground();
                } else {
                    search.bringUpToDate();
                }
            }
            var searchService = search;
            var vectorStore = vectors;
            var backups = new BackupService(store, clock, options.zone());
            var lookups = new LookupPreferences(store.dataDir(), dataDirectory.environment());
            var web = new PoliteClient(
                    options.appVersion(), () -> lookups.endpoints().mailto(), Pacing.system(), PoliteClient.TIMEOUT);
            if (options.dailyBackup()) {
                startDailyBackup(backups);
            }
            var capture = new PaperCapture(new PaperLookup(web, lookups::endpoints), notes, store);
            var files = new NoteFileService(store, pdfTexts(store.dataDir().resolve(MODEL_CACHE_FOLDER)), search);
            var library = new Library(
                    store.dataDir(),
                    notes,
                    new NoteHistory(store),
                    new TopicService(store, clock, search),
                    new TagService(store, search),
                    search,
                    new RenderService(store, new NotePage(new NoteRenderer())),
                    new QuickSwitchService(store, searchService::titleMatcher),
                    backups,
                    new JsonBackupService(store, notes, search, options.appVersion()),
                    new BibtexService(store, notes, clock, search),
                    new VaultExport(store),
                    new VaultImport(store, notes, clock, search),
                    new GlossaryService(glossary),
                    capture,
                    files,
                    new PdfCapture(capture, notes, files),
                    lookups,
                    new PaperPdfs(
                            web,
                            lookups::endpoints,
                            files,
                            store.dataDir().resolve(MODEL_CACHE_FOLDER).resolve("downloads")),
                    SyncService.of(store, notes, clock, searchService),
                    () -> {
                        try {
                            searchService.close();
                        } finally {
                            web.close();
                            vectorStore.ifPresent(VectorStore::close);
                            store.close();
                        }
                    });
            return new Opened(library, store);
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            vectors.ifPresent(VectorStore::close);
            store.close();
            throw e;
        }
    }

    /// Where native libraries of the meaning model are unpacked: under the data folder, not the home folder.
    static final String MODEL_CACHE_FOLDER = "cache";

    /// PDFBox's reader, with its scratch files in `cache/pdf`; PDFBox keeps the list of the system's fonts it
    /// looks up in `cache/pdfbox.cache` (instead of the home folder), unless the user chose a place.
    private static PdfTexts pdfTexts(Path cache) {
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", cache.toString());
        }
        return new PdfTexts(cache.resolve("pdf"));
    }

    /// Loads the meaning model (on the thread that computes the vectors); DJL unpacks its tokenizer's native library
    /// into `cache` (its `DJL_CACHE_DIR`, unless the user set one).
    private static MeaningModel loadMeaningModel(Path cache) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cache.resolve("djl").toString());
        }
        return MeaningModel.load();
    }
}
