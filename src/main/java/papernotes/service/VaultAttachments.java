package papernotes.service;

import static papernotes.service.VaultPaths.shorten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// The files of a vault an import takes into the library's attachments folder (the images its notes show, the
/// files they link to, the files attached to them), each checked to lie inside the vault and within the limits,
/// and given its name there. An image or a linked file keeps its name when the library has no other file of that
/// name (in a PaperNotes vault the name below `attachments/`, elsewhere the file name), and otherwise gets its
/// content's digest in the name; a file attached to a note is named by its content ([ContentNames]).
final class VaultAttachments {

    private final Path root;
    private final Path realRoot;
    private final VaultKind kind;
    private final AttachmentCopier library;
    private final VaultLimits limits;
    private final Map<Path, String> names = new HashMap<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final Set<Path> counted = new HashSet<>();
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
        return existing(candidate, where, raw, what, RenderService.MAX_IMAGE_BYTES);
    }

    /// As [#existing(String, Where, String, String)], refusing a file larger than `maxBytes`.
    Optional<Path> existing(String candidate, Where where, String raw, String what, long maxBytes) {
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
            if (size > maxBytes) {
                throw new ImageNotTaken(where + "the " + what + " '" + shorten(raw) + "' is larger than "
                        + maxBytes / (1024 * 1024) + " MB.");
            }
            if (counted.add(real)) {
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
        take(file, name);
        return name;
    }

    /// Records `file` to copy as `name`, a name made of its content ([ContentNames]) for a note's list of files;
    /// nothing more when this import copies a file of the same bytes under that name already, or the library holds
    /// one. A name taken by a file of other bytes (which only a name written by hand can be) is refused.
    void stored(Path file, String name, Where where) {
        var other = sources.get(name);
        boolean clash = other == null
                ? library.isTaken(name) && !library.holdsSame(name, file)
                : !other.equals(file) && !same(other, file);
        if (clash) {
            throw new ImageNotTaken(
                    where + "the file's name in the library, " + name + ", is taken by a file with other bytes.");
        }
        take(file, name);
    }

    private void take(Path file, String name) {
        if (sources.putIfAbsent(name, file) == null) {
            attachments.add(new ImportedAttachment(file, name));
        }
    }

    private static boolean same(Path one, Path other) {
        try {
            return Files.mismatch(one, other) == -1;
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read " + one + ": " + e.getMessage() + ".", e);
        }
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
            return HexFormat.of().formatHex(ContentNames.sha256().digest(Files.readAllBytes(file)), 0, 8);
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read " + file + ": " + e.getMessage() + ".", e);
        }
    }
}
