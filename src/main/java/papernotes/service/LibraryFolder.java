package papernotes.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import papernotes.storage.LibraryStore;

/// What is done to the library folder while the library is not open as usual: restoring a backup of the library
/// file, and importing a JSON backup into a new library (which must not be filled with the shipped notes first).
/// Each operation opens the library itself, so another PaperNotes process that has it open is refused.
public final class LibraryFolder {

    /// The derived search index inside the data folder; deleted on restore so that the next start rebuilds it.
    public static final String INDEX_FOLDER = "index";

    /// A restore done: the backup of the replaced library (if there was one) and what the library holds now.
    public record Restored(Optional<Path> previous, LibraryContents contents) {}

    private final Path dataDir;
    private final Clock clock;
    private final ZoneId zone;
    private final String appVersion;

    public LibraryFolder(Path dataDir, Clock clock, ZoneId zone, String appVersion) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
        this.zone = zone;
        this.appVersion = appVersion;
    }

    public Path dataDir() {
        return dataDir;
    }

    /// Checks that `file` is a sound PaperNotes library this version can open (`integrity_check`, its tables, a
    /// schema version not newer than this one's), and prepares a copy of it in the data folder, upgraded to the
    /// current schema. Nothing of the library changes. Close the plan to discard it.
    public RestorePlan planRestore(Path file) {
        return RestorePlans.prepare(file, dataDir, this::current);
    }

    /// What the library holds now, if there is one (opening it, so a library in use elsewhere is refused here).
    private Optional<LibraryContents> current() {
        if (!Files.exists(dataDir.resolve(LibraryStore.DATABASE_FILE))) {
            return Optional.empty();
        }
        try (var store = LibraryStore.open(dataDir)) {
            return Optional.of(contents(store));
        }
    }

    static LibraryContents contents(LibraryStore store) {
        return store.read(session -> {
            int all = session.notes().countAll();
            int trashed = session.noteListing().trashed().size();
            return new LibraryContents(
                    all - trashed, trashed, session.snapshots().lastChange(), store.schemaVersion());
        });
    }

    /// Replaces the library with the prepared copy of `plan`: takes the library (refused while another PaperNotes
    /// has it open), backs the current library up to `backups/before-restore-….db`, deletes the search index, and
    /// renames the copy over `library.db` (its `-wal` and `-shm` gone first) before letting the library go.
    public Restored restore(RestorePlan plan) {
        if (!plan.dataDir().equals(dataDir) || !Files.isRegularFile(plan.prepared())) {
            throw new IllegalArgumentException("The restore plan is not for " + dataDir + " or was discarded");
        }
        var store = LibraryStore.open(dataDir);
        Optional<Path> previous = Optional.empty();
        try {
            if (!store.isNew()) {
                var name = "before-restore-"
                        + new BackupService(store, clock, zone).defaultName().substring("library-".length());
                var target = dataDir.resolve(BackupService.FOLDER).resolve(name);
                store.backupTo(target);
                previous = Optional.of(target);
            }
            Folders.deleteQuietly(dataDir.resolve(INDEX_FOLDER));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        store.closeReplacingWith(plan.prepared());
        var incoming = plan.incoming();
        return new Restored(
                previous,
                new LibraryContents(
                        incoming.notes(),
                        incoming.trashed(),
                        incoming.lastChanged(),
                        LibraryStore.latestSchemaVersion()));
    }

    /// Imports a JSON backup into the library of this folder, which must be empty (a new folder is: the shipped notes
    /// are not filled in first). The search index is deleted afterwards, so the next start builds it from the
    /// import.
    public JsonBackupService.Import importJson(Path zip, ImportMode mode) {
        try (var store = LibraryStore.open(dataDir)) {
            var notes = new NoteService(store, clock, new SecureRandom());
            var result = new JsonBackupService(store, notes, ChangeListener.NONE, appVersion).importFrom(zip, mode);
            if (mode == ImportMode.APPLY) {
                Folders.deleteQuietly(dataDir.resolve(INDEX_FOLDER));
            }
            return result;
        }
    }
}
