package papernotes.service;

import static papernotes.service.VaultPaths.DRIVE;
import static papernotes.service.VaultPaths.SCHEME;
import static papernotes.service.VaultPaths.decode;
import static papernotes.service.VaultPaths.encode;
import static papernotes.service.VaultPaths.normalize;
import static papernotes.service.VaultPaths.shorten;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import papernotes.interchange.ImportProblems;
import papernotes.interchange.Vault;
import papernotes.interchange.VaultKind;
import papernotes.interchange.VaultLimits;
import papernotes.interchange.VaultNote;
import papernotes.markdown.BodyReferences;
import papernotes.markdown.BodyReferences.ImageReference;
import papernotes.model.Failures;
import papernotes.model.ImportWarning.Kind;
import papernotes.service.VaultAttachments.ImageNotTaken;
import papernotes.service.VaultAttachments.Where;

/// The images the notes of a vault show, found inside the vault and given names in the library's attachments
/// folder ([VaultAttachments]). An image is looked for beside its note, from the vault's top, in Obsidian's
/// attachment folder, and (for Obsidian's `![[name.png]]`) by its file name anywhere in the vault; a link the note
/// view would not resolve to its name in the library is rewritten to `attachments/<name>` (an embed becomes
/// `![](attachments/<name>)`). Web images are kept as they are.
/// An image that cannot be taken (outside the vault: `..` too far, an absolute path as Typora writes screenshots, a
/// `file:` address, a symbolic link out; too large; missing) keeps its link as written, and the note view shows it as
/// not available; each is a problem of its own ([ImportProblems]: a warning naming the file and line, or the whole
/// import refused when strict), but a missing image, which is only ever a warning.
final class VaultImages {

    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp");

    private final VaultKind kind;
    private final Optional<String> attachmentFolder;
    private final ImportProblems problems;
    private final BodyReferences references;
    private final VaultAttachments files;
    private final Map<String, List<String>> byFileName = new HashMap<>();

    VaultImages(
            Vault vault,
            AttachmentCopier library,
            VaultLimits limits,
            ImportProblems problems,
            BodyReferences references,
            long markdownBytes) {
        this.kind = vault.kind();
        this.attachmentFolder = vault.attachmentFolder();
        this.problems = problems;
        this.references = references;
        this.files = new VaultAttachments(vault.root(), vault.kind(), library, limits, markdownBytes);
        for (String other : vault.otherFiles()) {
            var fileName = other.substring(other.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byFileName.computeIfAbsent(fileName, k -> new ArrayList<>()).add(other);
        }
    }

    List<ImportedAttachment> attachments() {
        return files.attachments();
    }

    /// The vault's files taken so far, which the files attached to notes join ([VaultNoteFiles]).
    VaultAttachments vaultFiles() {
        return files;
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
            var file = files.existing(candidate, where, raw, "image");
            if (file.isPresent()) {
                var name = files.name(file.get(), candidate, where, "image");
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
                    var file = files.existing(candidate.get(), where, raw, "file");
                    if (file.isPresent()) {
                        return Optional.of(AttachmentCopier.FOLDER + "/"
                                + encode(files.name(file.get(), candidate.get(), where, "file")));
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

    private static String extension(String path) {
        var fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
