package papernotes.interchange;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.BackupJson.AttachmentJson;
import papernotes.interchange.BackupJson.Document;
import papernotes.interchange.BackupJson.NoteFileJson;
import papernotes.interchange.BackupJson.NoteJson;
import papernotes.interchange.BackupJson.RevisionJson;
import papernotes.interchange.BackupJson.TopicJson;
import papernotes.model.ByteSizes;
import papernotes.model.FileMoves;
import papernotes.model.LibrarySnapshot;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;

/// A JSON backup: one zip holding `papernotes-backup.json` (the whole library, see [BackupJson]) and the attachment
/// files under `attachments/`. Written deterministically (entries in a fixed order with a fixed time, keys sorted),
/// so two exports of the same library are the same bytes. Read defensively: entry names, counts, sizes and
/// compression ratios are checked before and while inflating, the document is validated completely, and the
/// attachments are verified against the SHA-256 the document lists; nothing is returned until all of it passed.
public final class BackupArchive {

    public static final String JSON_ENTRY = "papernotes-backup.json";

    /// What the document says about itself: the PaperNotes that wrote it and the time of the library's last change.
    public record Header(String appVersion, Optional<Instant> asOf) {}

    /// An attachment read from a backup, waiting in the staging folder until the import commits.
    public record StagedAttachment(String name, Path file, long size) {}

    /// A backup as read and checked.
    public record Contents(LibrarySnapshot snapshot, List<StagedAttachment> attachments) {}

    /// An attachment of the library to write into a backup: its file name and where it is.
    public record AttachmentFile(String name, Path file) {}

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ZipLimits limits;

    public BackupArchive(ZipLimits limits) {
        this.limits = limits;
    }

    public BackupArchive() {
        this(ZipLimits.DEFAULT);
    }

    /// Whether a file of the attachments folder can go into a backup under its name.
    public static boolean isAttachmentName(String name) {
        return ZipEntryNames.isAttachmentName(name);
    }

    /// Writes the backup to `zip` through a temporary file beside it and an atomic rename. Returns its size in bytes.
    public long write(Path zip, Header header, LibrarySnapshot snapshot, List<AttachmentFile> attachments) {
        var target = zip.toAbsolutePath().normalize();
        var folder = Objects.requireNonNull(target.getParent(), "an absolute file has a folder");
        var sorted = new ArrayList<>(attachments);
        sorted.sort(Comparator.comparing(AttachmentFile::name));
        @Nullable Path temporary = null;
        try {
            var manifest = new ArrayList<AttachmentJson>();
            for (AttachmentFile attachment : sorted) {
                manifest.add(new AttachmentJson(
                        attachment.name(), Files.size(attachment.file()), sha256(attachment.file())));
            }
            var document = document(header, snapshot, manifest);
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".papernotes-backup-", ".zip.tmp");
            try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.putNextEntry(entry(JSON_ENTRY));
                new BackupJson(limits.maxEntryBytes()).write(document, new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the zip stays open for the next entry
                    }
                });
                out.closeEntry();
                for (AttachmentFile attachment : sorted) {
                    out.putNextEntry(entry(ZipEntryNames.ATTACHMENTS + attachment.name()));
                    Files.copy(attachment.file(), out);
                    out.closeEntry();
                }
            }
            FileMoves.replace(temporary, target);
            return Files.size(target);
        } catch (IOException e) {
            throw new InterchangeException("Cannot write the backup " + zip + ": " + e.getMessage() + ".", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static ZipEntry entry(String name) {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    private static Document document(Header header, LibrarySnapshot snapshot, List<AttachmentJson> attachments) {
        var topics = snapshot.topics().stream()
                .map(t -> new TopicJson(
                        t.id(),
                        t.parent().orElse(null),
                        t.name(),
                        t.nameZh(),
                        t.description(),
                        t.position(),
                        t.trashed().map(TIME::format).orElse(null)))
                .toList();
        var notes = snapshot.notes().stream()
                .map(n -> {
                    var links = n.links();
                    return new NoteJson(
                            n.id().value(),
                            n.title(),
                            n.topic(),
                            n.tags(),
                            n.aliases(),
                            links.paper().orElse(null),
                            links.code().orElse(null),
                            links.arxiv().orElse(null),
                            links.doi().orElse(null),
                            links.year().orElse(null),
                            links.venue().orElse(null),
                            links.paperTitle().orElse(null),
                            links.authors().isEmpty() ? null : links.authors(),
                            links.abstractText().orElse(null),
                            n.reading().status().map(ReadingStatus::key).orElse(null),
                            n.reading().priority().map(ReadingPriority::level).orElse(null),
                            n.citekey().orElse(null),
                            n.body(),
                            TIME.format(n.created()),
                            TIME.format(n.updated()),
                            n.trashed().map(TIME::format).orElse(null),
                            n.files().isEmpty()
                                    ? null
                                    : n.files().stream()
                                            .map(f -> new NoteFileJson(f.stored(), f.fileName(), f.bytes()))
                                            .toList());
                })
                .toList();
        var revisions = snapshot.revisions().stream()
                .map(r -> new RevisionJson(
                        r.note().value(), r.number(), r.title(), r.topic(), r.tags(), r.body(), TIME.format(r.saved())))
                .toList();
        return new Document(
                BackupJson.FORMAT,
                BackupJson.SCHEMA_VERSION,
                header.appVersion(),
                header.asOf().map(TIME::format).orElse(null),
                snapshot.meta(),
                topics,
                notes,
                revisions,
                attachments);
    }

    /// Whether `file` is a PaperNotes backup by its content, whatever its name: a zip archive holding [#JSON_ENTRY].
    public static boolean isBackup(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var zip = new ZipFile(file.toFile())) {
            return zip.getEntry(JSON_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /// Reads and checks the backup `zip`, extracting its attachments into `staging` (created if needed; the caller
    /// deletes it). Throws [InterchangeException] naming the file, and the line of the document where there is one.
    public Contents read(Path zip, Path staging) {
        var name = zip.toString();
        if (Files.isDirectory(zip)) {
            throw new InterchangeException(name + " is a folder, not a backup file.");
        }
        try (var file = new ZipFile(zip.toFile())) {
            if (file.size() > limits.maxEntries()) {
                throw new InterchangeException(name + ": it has more than " + limits.maxEntries() + " entries.");
            }
            var names = new ZipEntryNames();
            var attachmentEntries = new HashMap<String, ZipEntry>();
            ZipEntry json = null;
            long declared = 0;
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                Optional<String> attachment;
                try {
                    attachment = names.check(entry.getName(), JSON_ENTRY);
                } catch (IllegalArgumentException e) {
                    throw new InterchangeException(name + ": " + e.getMessage() + ".");
                }
                if (entry.getSize() > limits.maxEntryBytes()) {
                    throw new InterchangeException(name + ": the entry '" + ZipEntryNames.printable(entry.getName())
                            + "' is larger than " + ByteSizes.describe(limits.maxEntryBytes()) + " uncompressed.");
                }
                declared += Math.max(0, entry.getSize());
                if (declared > limits.maxTotalBytes()) {
                    throw new InterchangeException(name + ": its entries add up to more than "
                            + ByteSizes.describe(limits.maxTotalBytes()) + " uncompressed.");
                }
                if (entry.getName().equals(JSON_ENTRY)) {
                    json = entry;
                }
                attachment.ifPresent(a -> attachmentEntries.put(a, entry));
            }
            if (json == null) {
                throw new InterchangeException(name + " is not a PaperNotes backup: it has no " + JSON_ENTRY + ".");
            }
            var total = new BoundedInflation.Total();
            var where = name + ", " + JSON_ENTRY;
            BackupValidator.Result result;
            try (InputStream in = bounded(file, json, total)) {
                var parsed = new BackupJson(limits.maxEntryBytes()).read(in, where);
                result = new BackupValidator(where).validate(parsed);
            }
            return new Contents(
                    result.snapshot(), stage(file, name, result.attachments(), attachmentEntries, staging, total));
        } catch (ZipException e) {
            throw new InterchangeException(
                    name + " is not a zip archive, or it is damaged (" + e.getMessage() + ").", e);
        } catch (BoundedInflation.LimitExceeded e) {
            throw new InterchangeException(name + ": " + e.getMessage() + ".", e);
        } catch (NoSuchFileException e) {
            throw new InterchangeException("Cannot read " + name + ": no such file.", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InterchangeException("Cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }

    private List<StagedAttachment> stage(
            ZipFile file,
            String name,
            List<BackupValidator.Attachment> listed,
            Map<String, ZipEntry> entries,
            Path staging,
            BoundedInflation.Total total)
            throws IOException {
        var listedNames = new HashSet<String>();
        for (BackupValidator.Attachment attachment : listed) {
            listedNames.add(attachment.name());
            if (!entries.containsKey(attachment.name())) {
                throw new InterchangeException(name + ": the attachment '" + attachment.name()
                        + "' that the backup lists is missing from the archive.");
            }
        }
        for (String entry : entries.keySet()) {
            if (!listedNames.contains(entry)) {
                throw new InterchangeException(
                        name + ": the archive holds attachments/" + entry + ", which the backup does not list.");
            }
        }
        Files.createDirectories(staging);
        var staged = new ArrayList<StagedAttachment>();
        for (BackupValidator.Attachment attachment : listed) {
            var target = staging.resolve(attachment.name()).normalize();
            if (!staging.normalize().equals(target.getParent())) {
                throw new InterchangeException(
                        name + ": the attachment '" + attachment.name() + "' leaves its folder.");
            }
            var digest = digest();
            try (var in = new DigestInputStream(
                    bounded(file, Objects.requireNonNull(entries.get(attachment.name())), total), digest)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            long size = Files.size(target);
            var sha = HexFormat.of().formatHex(digest.digest());
            if (size != attachment.size() || !sha.equals(attachment.sha256())) {
                throw new InterchangeException(name + ": the attachment '" + attachment.name()
                        + "' is not the file the backup lists (its size or SHA-256 differs).");
            }
            if (Files.isSymbolicLink(target) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new InterchangeException(
                        name + ": the attachment '" + attachment.name() + "' is not a plain file.");
            }
            staged.add(new StagedAttachment(attachment.name(), target, size));
        }
        return staged;
    }

    private InputStream bounded(ZipFile file, ZipEntry entry, BoundedInflation.Total total) throws IOException {
        return new BoundedInflation(file.getInputStream(entry), limits, entry.getCompressedSize(), total);
    }

    private static String sha256(Path file) throws IOException {
        var digest = digest();
        try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file has a name that says so
        }
    }
}
