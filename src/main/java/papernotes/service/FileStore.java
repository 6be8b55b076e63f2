package papernotes.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import papernotes.model.FileMoves;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteFile;
import papernotes.model.PaperNotesException;

/// Files attached to notes, kept in the library's attachments folder under a name made of their content's digest
/// (`<32 hex digits>.pdf`, [ContentNames]): the same file attached twice, to one note or to two, is kept once; a
/// file is written whole or not at all (a temporary file moved into place) and never changes once there.
final class FileStore {

    /// Larger files are refused: a paper with its supplement is rarely over 100 MB.
    static final long MAX_BYTES = 1L << 30;

    private final Path folder;

    FileStore(Path dataDir) {
        this.folder = dataDir.resolve(AttachmentCopier.FOLDER);
    }

    /// Copies `source` into the folder unless a file with its content is there; returns how the note lists it.
    NoteFile store(Path source) {
        var fileName = source.getFileName() == null ? "" : source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException(source + " is not a file; nothing was attached.");
        }
        try {
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(
                        fileName + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; it was not attached.");
            }
            Files.createDirectories(folder);
            var temporary = Files.createTempFile(folder, ".attach-", ".tmp");
            try {
                var digest = ContentNames.sha256();
                try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
                var stored = ContentNames.name(digest.digest(), fileName);
                var target = folder.resolve(stored);
                long copied = Files.size(temporary);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.mismatch(temporary, target) != -1) {
                        throw new PaperNotesException("The attachments folder holds another file named " + stored + "; "
                                + fileName + " was not attached.");
                    }
                } else {
                    FileMoves.move(temporary, target);
                }
                return new NoteFile(stored, fileName.isBlank() ? stored : fileName, copied);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PaperNotesException(
                    "Cannot copy " + fileName + " into " + folder + ": " + e.getMessage() + "; it was not attached.",
                    e);
        }
    }

    /// Where the stored file lies.
    Path path(String stored) {
        var file = folder.resolve(stored).normalize();
        if (!file.startsWith(folder) || stored.contains("/") || stored.contains("\\")) {
            throw new InvalidInputException("'" + stored + "' is not the name of an attached file.");
        }
        return file;
    }

    /// Whether the stored file is a PDF, by its name (its content is checked when it is read).
    static boolean isPdf(String stored) {
        return stored.endsWith(".pdf");
    }
}
