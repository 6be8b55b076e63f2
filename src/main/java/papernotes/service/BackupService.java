package papernotes.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.model.PaperNotesException;
import papernotes.storage.LibraryStore;

/// Copies of the library file: made with `VACUUM INTO` while the library stays open, checked with `PRAGMA
/// integrity_check`, renamed into place atomically ([LibraryStore#backupTo]). By default they go to
/// `<data>/backups/library-YYYYMMDD-HHMMSS.db` (local time); [#dailyBackup] makes one a day and keeps the last
/// [#KEEP].
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    public static final String FOLDER = "backups";
    public static final int KEEP = 7;
    static final Pattern DAILY_NAME = Pattern.compile("library-(\\d{8})-(\\d{6})\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /// A backup made: where it is, how many notes it holds (in the trash too) and its size.
    public record Backup(Path file, int notes, long bytes) {}

    private final LibraryStore store;
    private final Clock clock;
    private final ZoneId zone;

    public BackupService(LibraryStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    public Path folder() {
        return store.dataDir().resolve(FOLDER);
    }

    /// Backs the library up to `file` (which must not exist; a folder gets a file named by the time inside it), or to
    /// the backups folder.
    public Backup backup(Optional<Path> file) {
        var target = file.map(f -> Files.isDirectory(f) ? f.resolve(defaultName()) : f)
                .orElseGet(() -> folder().resolve(defaultName()));
        var contents = store.backupTo(target);
        return new Backup(target.toAbsolutePath().normalize(), contents.notes() + contents.trashed(), size(target));
    }

    /// Checks a library file and prepares it to replace this library, as [LibraryFolder#planRestore] does, while
    /// the library stays open (the window): carrying the plan out waits until the library is closed.
    public RestorePlan planRestore(Path file) {
        return RestorePlans.prepare(file, store.dataDir(), () -> Optional.of(LibraryFolder.contents(store)));
    }

    /// Makes today's backup unless the backups folder already has one from today (by the time in its name), then
    /// deletes all but the newest [#KEEP]. Returns the backup made, if one was.
    public Optional<Backup> dailyBackup() {
        var today = clock.instant().atZone(zone).toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        removeLeftovers();
        boolean done = daily().stream()
                .anyMatch(name -> name.substring("library-".length()).startsWith(today));
        Optional<Backup> made = Optional.empty();
        if (!done) {
            made = Optional.of(backup(Optional.empty()));
        }
        var names = daily();
        for (String name : names.subList(0, Math.max(0, names.size() - KEEP))) {
            try {
                Files.deleteIfExists(folder().resolve(name));
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", name, e);
            }
        }
        return made;
    }

    /// The names of the backups in the folder named by time, oldest first.
    public List<String> daily() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> DAILY_NAME.matcher(n).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PaperNotesException(
                    "Cannot read the backups folder " + folder() + ": " + e.getMessage() + ".", e);
        }
    }

    /// Partial copies an interrupted backup left (a process killed during `VACUUM INTO`), older than an hour.
    private void removeLeftovers() {
        if (!Files.isDirectory(folder())) {
            return;
        }
        var cutoff = clock.instant().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(folder())) {
            var leftovers = new ArrayList<Path>();
            files.filter(p -> p.getFileName().toString().startsWith(".partial-"))
                    .forEach(leftovers::add);
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the backups folder {}", folder(), e);
        }
    }

    String defaultName() {
        return "library-" + clock.instant().atZone(zone).format(STAMP) + ".db";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
