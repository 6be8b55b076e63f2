package papernotes.service;

import static papernotes.service.VaultPaths.shorten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// The files of a vault an import takes into the library's attachments folder (the images its notes show, the
/// files they link to), each checked to lie inside the vault and within the limits, and given its name there. A
/// file keeps its name when the library has no other file of that name (in a PaperNotes vault the name below
/// `attachments/`, elsewhere the file name), and otherwise gets its content's digest in the name.
final class VaultAttachments {

    private final Path root;
    private final Path realRoot;
    private final VaultKind kind;
    private final AttachmentCopier library;
    private final VaultLimits limits;
    private final Map<Path, String> names = new HashMap<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final List<ImportedAttachment> attachments = new ArrayList<>();
    private long bytes;

    /// `markdownBytes`: what the notes themselves hold, counted against the limit of the whole import.
    VaultAttachments(Path root, VaultKind kind, AttachmentCopier library, VaultLimits limits, long markdownBytes) {
        this.root = root;
        this.kind = kind;
        this.library = library;
        this.limits = limits;
        this.bytes = markdownBytes;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read the folder " + root + ": " + e.getMessage() + ".", e);
        }
    }

    /// The file and line a link is on.
    record Where(String file, int line) {

        @Override
        public String toString() {
            return file + ", line " + line + ": ";
        }
    }

    /// A file that cannot be taken; the message names the file and line, what is wrong with it.
    static final class ImageNotTaken extends RuntimeException {

        ImageNotTaken(String message) {
            super(message, null, false, false);
        }
    }

    /// The files taken so far, with their names in the library.
    List<ImportedAttachment> attachments() {
        return List.copyOf(attachments);
    }

    /// The file at `candidate` (relative to the vault) when it is a file inside the vault; refuses one that is a
    /// symbolic link (or lies below one) leading outside, or too large. `what` (image, file) and `raw` (the link as
    /// written) are for the messages.
    Optional<Path> existing(String candidate, Where where, String raw, String what) {
        var file = root.resolve(candidate);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!real.startsWith(realRoot)) {
            throw new ImageNotTaken(where + "the " + what + " '" + shorten(raw) + "' is reached through a symbolic link"
                    + " that leads outside the folder being imported.");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(real);
            if (size > RenderService.MAX_IMAGE_BYTES) {
                throw new ImageNotTaken(where + "the " + what + " '" + shorten(raw) + "' is larger than "
                        + RenderService.MAX_IMAGE_BYTES / (1024 * 1024) + " MB.");
            }
            if (!names.containsKey(real)) {
                bytes += size;
                if (bytes > limits.maxTotalBytes()) {
                    throw new InvalidInputException(where + "with the " + what + " '" + shorten(raw)
                            + "' the import holds more" + " than " + limits.maxTotalBytes() / (1024 * 1024)
                            + " MB, more than PaperNotes imports at once.");
                }
            }
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read " + real + ": " + e.getMessage() + ".", e);
        }
        return Optional.of(real);
    }

    /// The file's name in the library's attachments folder (see the class comment), found at `candidate`; records
    /// the file to copy.
    String name(Path file, String candidate, Where where, String what) {
        var known = names.get(file);
        if (known != null) {
            return known;
        }
        var wanted = kind == VaultKind.PAPERNOTES && candidate.startsWith("attachments/")
                ? candidate.substring("attachments/".length())
                : candidate.substring(candidate.lastIndexOf('/') + 1);
        try {
            library.target(wanted);
        } catch (InvalidInputException e) {
            throw new ImageNotTaken(where + e.getMessage());
        }
        var name = wanted;
        if (!free(name, file)) {
            int dot = wanted.lastIndexOf('.') > 0 ? wanted.lastIndexOf('.') : wanted.length();
            name = wanted.substring(0, dot) + "-" + digest(file) + wanted.substring(dot);
            if (!free(name, file)) {
                throw new ImageNotTaken(where + "the " + what + " '" + wanted + "' clashes with a file of the library's"
                        + " attachments that has the same name and digest but other bytes.");
            }
        }
        names.put(file, name);
        sources.put(name, file);
        attachments.add(new ImportedAttachment(file, name));
        return name;
    }

    /// Whether `name` is free for `file`: no other image of this import has it, and the library has no file of
    /// that name or one with the same bytes.
    private boolean free(String name, Path file) {
        var other = sources.get(name);
        if (other != null && !other.equals(file)) {
            return false;
        }
        return !library.isTaken(name) || library.holdsSame(name, file);
    }

    private static String digest(Path file) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)), 0, 8);
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read " + file + ": " + e.getMessage() + ".", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
