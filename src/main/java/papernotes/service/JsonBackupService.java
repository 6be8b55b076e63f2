package papernotes.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import papernotes.interchange.BackupArchive;
import papernotes.interchange.ZipLimits;
import papernotes.model.FileMoves;
import papernotes.model.LibrarySnapshot;
import papernotes.model.PaperNotesException;
import papernotes.storage.LibraryStore;

/// The whole library as one JSON backup zip (docs/decisions/0010-backups-and-bibtex.md): every note with its times,
/// trash state, tags, aliases, paper fields and attached files, the topic tree, the revisions, the library's facts
/// and the attachment files. Two exports of the same library are the same bytes. An import reproduces the library
/// exactly (ids, times, history, trash, topic order, each note's files) and only into an empty library; it is
/// checked completely before anything is written, and written in one transaction.
public final class JsonBackupService {

    private static final Logger LOG = LoggerFactory.getLogger(JsonBackupService.class);

    static final String ATTACHMENTS = "attachments";

    /// An export: the file, what it holds and its size.
    public record Export(Path file, int notes, int revisions, int attachments, long bytes) {}

    /// An import (or, with [ImportMode#DRY_RUN], what it would bring): topics, notes (of which `trashed` in the
    /// trash), revisions, attachments, and the files listed on notes (whose text is read again after the import:
    /// [NoteFileService#readUnread]).
    public record Import(
            ImportMode mode, int topics, int notes, int trashed, int revisions, int attachments, int noteFiles) {}

    private final LibraryStore store;
    private final NoteService notes;
    private final Announcer announcer;
    private final String appVersion;
    private final ZipLimits limits;

    public JsonBackupService(
            LibraryStore store, NoteService notes, ChangeListener listener, String appVersion, ZipLimits limits) {
        this.store = store;
        this.notes = notes;
        this.announcer = new Announcer(listener);
        this.appVersion = appVersion;
        this.limits = limits;
    }

    public JsonBackupService(LibraryStore store, NoteService notes, ChangeListener listener, String appVersion) {
        this(store, notes, listener, appVersion, ZipLimits.DEFAULT);
    }

    /// Writes the library to `zip` (replacing it if it exists, through a temporary file and a rename).
    public Export exportTo(Path zip) {
        var read = store.read(session ->
                Map.entry(session.snapshots().read(), session.snapshots().lastChange()));
        var snapshot = read.getKey();
        var attachments = attachmentFiles();
        long bytes = new BackupArchive(limits)
                .write(zip, new BackupArchive.Header(appVersion, read.getValue()), snapshot, attachments);
        return new Export(
                zip.toAbsolutePath().normalize(),
                snapshot.notes().size(),
                snapshot.revisions().size(),
                attachments.size(),
                bytes);
    }

    private List<BackupArchive.AttachmentFile> attachmentFiles() {
        var folder = store.dataDir().resolve(ATTACHMENTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            var result = new ArrayList<BackupArchive.AttachmentFile>();
            for (Path file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!BackupArchive.isAttachmentName(name)) {
                    LOG.warn(
                            "The attachment {} is left out of the backup: its name has characters a backup does not keep",
                            file);
                    continue;
                }
                result.add(new BackupArchive.AttachmentFile(name, file));
            }
            return result;
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read the attachments in " + folder + ": " + e.getMessage() + ".", e);
        }
    }

    /// Reads the backup `zip`, checks all of it, and (with [ImportMode#APPLY]) writes it into this library, which
    /// must be empty, in one transaction, attachments included.
    public Import importFrom(Path zip, ImportMode mode) {
        int held = store.read(session ->
                session.snapshots().isEmpty() ? 0 : Math.max(1, session.notes().countAll()));
        if (held > 0) {
            throw new PaperNotesException("The library in " + store.dataDir() + " is not empty (it holds " + held
                    + " note" + (held == 1 ? "" : "s") + " or topics); a JSON backup is imported only into an empty "
                    + "library, and adding notes to a library is the Markdown import's job.");
        }
        var staging = store.dataDir().resolve(".import-" + UUID.randomUUID());
        try {
            var contents = new BackupArchive(limits).read(zip, staging);
            var snapshot = contents.snapshot();
            if (mode == ImportMode.APPLY) {
                var imported = store.write(session -> {
                    session.snapshots().write(snapshot);
                    for (LibrarySnapshot.NoteRow note : snapshot.notes()) {
                        session.links().replace(note.id(), notes.linkTargets(note.body()));
                    }
                    session.meta().put(NoteService.LINKS_FORMAT_KEY, NoteService.LINKS_FORMAT);
                    moveAttachments(contents.attachments());
                    return snapshot.notes().stream()
                            .map(LibrarySnapshot.NoteRow::id)
                            .toList();
                });
                announcer.notes(imported);
            }
            int trashed = (int) snapshot.notes().stream()
                    .filter(n -> n.trashed().isPresent())
                    .count();
            return new Import(
                    mode,
                    snapshot.topics().size(),
                    snapshot.notes().size(),
                    trashed,
                    snapshot.revisions().size(),
                    contents.attachments().size(),
                    snapshot.notes().stream().mapToInt(n -> n.files().size()).sum());
        } finally {
            Folders.deleteQuietly(staging);
        }
    }

    /// Moves the checked attachments into the library's folder, inside the import's transaction: when anything
    /// fails the transaction rolls back, and files already moved stay as unused attachments (named by content).
    private void moveAttachments(List<BackupArchive.StagedAttachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        var folder = store.dataDir().resolve(ATTACHMENTS);
        try {
            Files.createDirectories(folder);
            for (BackupArchive.StagedAttachment attachment : attachments) {
                var target = folder.resolve(attachment.name());
                FileMoves.replace(attachment.file(), target);
            }
        } catch (IOException e) {
            throw new PaperNotesException(
                    "Cannot put the backup's attachments into " + folder + ": " + e.getMessage() + ".", e);
        }
    }
}
