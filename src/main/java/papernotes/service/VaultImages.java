package papernotes.service;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import papernotes.interchange.ImportProblems;
import papernotes.interchange.Vault;
import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.interchange.VaultNote;
import papernotes.markdown.BodyReferences;
import papernotes.markdown.BodyReferences.ImageReference;
import papernotes.model.Failures;
import papernotes.model.ImportWarning.Kind;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// The images the notes of a vault show, found inside the vault and given names in the library's attachments
/// folder. An image is looked for beside its note, from the vault's top, in Obsidian's attachment folder, and (for
/// Obsidian's `![[name.png]]`) by its file name anywhere in the vault. It keeps its name when the library has no
/// other file of that name (in a PaperNotes vault the name below `attachments/`, elsewhere the file name), and
/// otherwise gets its content's digest in the name; a link the note view would not resolve to that name is
/// rewritten to `attachments/<name>` (an embed becomes `![](attachments/<name>)`). Web images are kept as they are.
/// An image that cannot be taken (outside the vault: `..` too far, an absolute path as Typora writes screenshots, a
/// `file:` address, a symbolic link out; too large; missing) keeps its link as written, and the note view shows it as
/// not available; each is a problem of its own ([ImportProblems]: a warning naming the file and line, or the whole
/// import refused when strict), but a missing image, which is only ever a warning.
final class VaultImages {

    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

    private final Path root;
    private final Path realRoot;
    private final VaultKind kind;
    private final Optional<String> attachmentFolder;
    private final AttachmentCopier library;
    private final VaultLimits limits;
    private final ImportProblems problems;
    private final BodyReferences references;
    private final Map<String, List<String>> byFileName = new HashMap<>();
    private final Map<Path, String> names = new HashMap<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final List<ImportedAttachment> attachments = new ArrayList<>();
    private long bytes;

    VaultImages(
            Vault vault,
            AttachmentCopier library,
            VaultLimits limits,
            ImportProblems problems,
            BodyReferences references,
            long markdownBytes) {
        this.root = vault.root();
        this.kind = vault.kind();
        this.attachmentFolder = vault.attachmentFolder();
        this.library = library;
        this.limits = limits;
        this.problems = problems;
        this.references = references;
        this.bytes = markdownBytes;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new PaperNotesException("Cannot read the folder " + root + ": " + e.getMessage() + ".", e);
        }
        for (String other : vault.otherFiles()) {
            var fileName = other.substring(other.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byFileName.computeIfAbsent(fileName, k -> new ArrayList<>()).add(other);
        }
    }

    List<ImportedAttachment> attachments() {
        return List.copyOf(attachments);
    }

    /// The note's body with its images' links pointing at their names in the library (unchanged when they already
    /// do); records the images to copy.
    String body(VaultNote note) {
        var body = note.draft().body();
        var found = references.images(body);
        if (found.isEmpty()) {
            return body;
        }
        var result = new StringBuilder(body);
        for (int i = found.size() - 1; i >= 0; i--) {
            var reference = found.get(i);
            var replacement = replacement(note, reference);
            replacement.ifPresent(text -> result.replace(reference.start(), reference.end(), text));
        }
        return result.toString();
    }

    private Optional<String> replacement(VaultNote note, ImageReference reference) {
        var at = new Where(note.file(), note.bodyLine() + reference.line());
        try {
            return taken(note, reference, at);
        } catch (ImageNotTaken e) {
            problems.problem(
                    Kind.IMAGE,
                    at.file(),
                    at.line(),
                    Failures.message(e),
                    "its link is kept as written and the" + " note shows the image as not available.");
            return Optional.empty();
        }
    }

    /// The file and line an image's link is on.
    private record Where(String file, int line) {

        @Override
        public String toString() {
            return file + ", line " + line + ": ";
        }
    }

    /// An image that cannot be taken; the message names the file and line, what is wrong with it.
    private static final class ImageNotTaken extends RuntimeException {

        ImageNotTaken(String message) {
            super(message, null, false, false);
        }
    }

    private Optional<String> taken(VaultNote note, ImageReference reference, Where where) {
        var raw = reference.target().strip();
        if (!reference.embed()
                && SCHEME.matcher(raw).find()
                && !DRIVE.matcher(raw).find()) {
            if (raw.regionMatches(true, 0, "file:", 0, 5)) {
                throw new ImageNotTaken(where + "the image '" + shorten(raw)
                        + "' is a file address; only images inside the folder being imported are taken.");
            }
            return Optional.empty();
        }
        var path = (reference.embed() ? raw : decode(raw)).replace('\\', '/');
        if (path.startsWith("/") || DRIVE.matcher(path).find() || path.indexOf('\0') >= 0) {
            throw new ImageNotTaken(where + "the image '" + shorten(raw)
                    + "' is an absolute path; only images inside the folder being imported are taken.");
        }
        var folder = note.folder();
        var besideNote = normalize(folder.isEmpty() ? path : folder + "/" + path);
        var fromTop = normalize(path);
        boolean outside = reference.embed() ? fromTop.isEmpty() : besideNote.isEmpty() && fromTop.isEmpty();
        if (outside) {
            throw new ImageNotTaken(where + "the image '" + shorten(raw) + "' lies outside the folder being imported.");
        }
        var extension = extension(path);
        if (!EXTENSIONS.contains(extension)) {
            return Optional.empty();
        }
        var candidates = new ArrayList<String>();
        var lookup = lookupName(raw);
        if (kind == VaultKind.PAPERNOTES) {
            normalize("attachments/" + lookup)
                    .filter(p -> p.startsWith("attachments/"))
                    .ifPresent(candidates::add);
        }
        besideNote.ifPresent(candidates::add);
        fromTop.ifPresent(candidates::add);
        attachmentFolder
                .flatMap(setting -> inAttachmentFolder(setting, folder, path))
                .ifPresent(candidates::add);
        if (reference.embed() || kind == VaultKind.OBSIDIAN) {
            var fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            candidates.addAll(byFileName.getOrDefault(fileName, List.of()));
        }
        for (String candidate : candidates) {
            var file = existing(candidate, where, raw);
            if (file.isPresent()) {
                var name = name(file.get(), candidate, where);
                boolean resolves = !reference.embed() && lookup.equals(name);
                return resolves
                        ? Optional.empty()
                        : Optional.of(
                                reference.embed()
                                        ? "![](" + AttachmentCopier.FOLDER + "/" + encode(name) + ")"
                                        : AttachmentCopier.FOLDER + "/" + encode(name));
            }
        }
        problems.warn(
                Kind.IMAGE,
                where.file(),
                where.line(),
                where + "the image '" + shorten(raw) + "' is not in the"
                        + " folder being imported; its link is kept as it is and the note shows the image as not available.");
        return Optional.empty();
    }

    /// What the note view looks the link up as: without `./` and `attachments/`, decoded.
    private static String lookupName(String raw) {
        return decode(raw.replaceFirst("^(\\./)?attachments/", ""));
    }

    private Optional<String> inAttachmentFolder(String setting, String noteFolder, String path) {
        var fileName = path.substring(path.lastIndexOf('/') + 1);
        var base = setting.equals("/")
                ? ""
                : setting.startsWith("./")
                        ? (noteFolder.isEmpty() ? "" : noteFolder + "/") + setting.substring(2)
                        : setting;
        return normalize(base.isEmpty() || base.endsWith("/") ? base + fileName : base + "/" + fileName);
    }

    /// A link to a file that is not a note (`[PDF](paper.pdf)`, `[PDF](file:///Users/me/paper.pdf)`) at `line` of the
    /// body: the file copied into the library's attachments when it is in the folder, and the link's new target
    /// (`attachments/paper.pdf`); a file outside the folder or missing keeps its link, reported as a warning.
    Optional<String> linkedFile(VaultNote note, String raw, int line) {
        var where = new Where(note.file(), note.bodyLine() + line);
        var problem = where + "the link to '" + shorten(raw) + "' ";
        if (raw.regionMatches(true, 0, "file:", 0, 5)) {
            problems.warn(
                    Kind.LINK,
                    where.file(),
                    where.line(),
                    problem + "is a file address outside the folder being" + " imported; it is kept as written.");
            return Optional.empty();
        }
        var path = decode(raw).replace('\\', '/');
        if (path.startsWith("/") || DRIVE.matcher(path).find() || path.indexOf('\0') >= 0) {
            problems.warn(
                    Kind.LINK,
                    where.file(),
                    where.line(),
                    problem + "is an absolute path outside the folder" + " being imported; it is kept as written.");
            return Optional.empty();
        }
        var folder = note.folder();
        try {
            for (var candidate : List.of(normalize(folder.isEmpty() ? path : folder + "/" + path), normalize(path))) {
                if (candidate.isPresent()) {
                    var file = existing(candidate.get(), where, raw, "file");
                    if (file.isPresent()) {
                        return Optional.of(AttachmentCopier.FOLDER + "/"
                                + encode(name(file.get(), candidate.get(), where, "file")));
                    }
                }
            }
        } catch (ImageNotTaken e) {
            problems.problem(
                    Kind.LINK, where.file(), where.line(), Failures.message(e), "its link is kept as written.");
            return Optional.empty();
        }
        problems.warn(
                Kind.LINK,
                where.file(),
                where.line(),
                problem + "leads to no file of the folder being imported;" + " it is kept as written.");
        return Optional.empty();
    }

    /// `path` with `.` and `..` worked out, or empty when it leaves the vault (`..` above the top).
    static Optional<String> normalize(String path) {
        var parts = new ArrayList<String>();
        for (String part : path.split("/", 0)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /// The file at `candidate` (relative to the vault) when it is an image inside the vault; refuses one that is a
    /// symbolic link (or lies below one) leading outside.
    private Optional<Path> existing(String candidate, Where where, String raw) {
        return existing(candidate, where, raw, "image");
    }

    private Optional<Path> existing(String candidate, Where where, String raw, String what) {
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

    /// The image's name in the library's attachments folder (see the class comment).
    private String name(Path file, String candidate, Where where) {
        return name(file, candidate, where, "image");
    }

    private String name(Path file, String candidate, Where where, String what) {
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

    private static String extension(String path) {
        var fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /// `%`-escapes decoded (`+` stays a plus), or the text as it is when they are not valid.
    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /// A name as a link destination: characters CommonMark or the note view would read otherwise are %-encoded.
    static String encode(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~/!$&'*,;=@".indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
