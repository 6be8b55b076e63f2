package papernotes;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.service.Library;
import papernotes.service.LibrarySeeder;
import papernotes.service.NoteService;
import papernotes.service.TagService;
import papernotes.service.TopicService;
import papernotes.storage.LibraryStore;

/// The composition root: opens the store and wires every service to it by constructor.
final class Composition {

    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);

    private final DataDirectory dataDirectory;
    private final Clock clock;

    Composition(DataDirectory dataDirectory, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /// Opens the library (the folder given, or the default one), filling it with the shipped notes when it is new.
    Library open(Optional<Path> dataDir) {
        var folder = dataDirectory.resolve(dataDir);
        var store = LibraryStore.open(folder);
        try {
            var notes = new NoteService(store, clock, new SecureRandom());
            int seeded = new LibrarySeeder(store, notes, clock).fillIfNew(BundledNotes::read);
            if (seeded > 0) {
                LOG.info("Filled the new library in {} with {} shipped notes", store.dataDir(), seeded);
            }
            return new Library(store.dataDir(), notes, new TopicService(store), new TagService(store), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
