package papernotes.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import papernotes.model.FileMoves;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// Copies an import's attachments into the library's attachments folder, each whole or not at all (a temporary file
/// moved into place), never replacing a file that is there: one with the same bytes is left as it is, one with other
/// bytes stops the import before anything is copied (the names were chosen, when the import was read, to avoid
/// that). Names that would lead outside the folder are refused.
final class AttachmentCopier {

    static final String FOLDER = "attachments";

    private final Path folder;

    AttachmentCopier(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /// Copies what is missing; returns the names copied.
    List<String> copy(List<ImportedAttachment> attachments) {
        var missing = new ArrayList<ImportedAttachment>();
        for (ImportedAttachment attachment : attachments) {
            var target = target(attachment.name());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!same(attachment.source(), target)) {
                    throw new PaperNotesException(FOLDER + "/" + attachment.name()
                            + " in the library changed while the import was being read; nothing was imported.");
                }
            } else {
                missing.add(attachment);
            }
        }
        var copied = new ArrayList<String>();
        for (ImportedAttachment attachment : missing) {
            write(attachment.source(), target(attachment.name()));
            copied.add(attachment.name());
        }
        return copied;
    }

    /// Where `name` lies in the attachments folder; refuses a name that leaves it.
    Path target(String name) {
        var target = folder.resolve(name).normalize();
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.indexOf('\0') >= 0
                || !target.startsWith(folder)
                || target.equals(folder)) {
            throw new InvalidInputException("The attachment name '" + name + "' would lead outside " + folder + ".");
        }
        return target;
    }

    /// Whether `target` exists as a regular file with the bytes of `source`.
    boolean holdsSame(String name, Path source) {
        var target = target(name);
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && same(source, target);
    }

    boolean isTaken(String name) {
        return Files.exists(target(name), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean same(Path source, Path target) {
        try {
            return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(source, target) == -1;
        } catch (IOException e) {
            throw new PaperNotesException(
                    "Cannot compare " + source + " with " + target + ": " + e.getMessage() + ".", e);
        }
    }

    private static void write(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), ".import-", ".tmp");
            try {
                Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
                FileMoves.move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot copy " + source + " to " + target + ": " + e.getMessage() + ".", e);
        }
    }
}
