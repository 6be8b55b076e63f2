package papernotes.service;

import static papernotes.service.VaultPaths.DRIVE;
import static papernotes.service.VaultPaths.SCHEME;
import static papernotes.service.VaultPaths.decode;
import static papernotes.service.VaultPaths.normalize;
import static papernotes.service.VaultPaths.shorten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import papernotes.interchange.FrontMatter;
import papernotes.interchange.ImportProblems;
import papernotes.interchange.Vault;
import papernotes.interchange.VaultNote;
import papernotes.model.Failures;
import papernotes.model.ImportWarning.Kind;
import papernotes.model.NoteFile;
import papernotes.service.VaultAttachments.ImageNotTaken;
import papernotes.service.VaultAttachments.Where;

/// The files a note of a vault lists under `files` in its front matter, found inside the vault and named in the
/// library by their content ([ContentNames]), to be listed on the note as `attach` lists them. An item is an
/// Obsidian link (`[[../../attachments/3f2a….pdf|fsgan.pdf]]`, as an export writes it, or `[[paper.pdf]]`), a
/// Markdown link (`[fsgan.pdf](papers/fsgan.pdf)`) or a plain path (`paper.pdf`); the path is looked for beside the
/// note, then from the vault's top, and a bare Obsidian link's name anywhere in the vault. The name the link shows is
/// the name the note lists the file by; without one, the file's own. A file that is missing, lies outside the vault
/// (`..` too far, an absolute path, an address, a symbolic link out), is too large or cannot be read is a problem of
/// its own ([ImportProblems]): a warning naming the note's file and line, the note imported without that file, or
/// the whole import refused when strict.
final class VaultNoteFiles {

    private static final Pattern WIKILINK = Pattern.compile("^!?\\[\\[([^|]*?)(?:\\|(.*))?]]$", Pattern.DOTALL);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("^\\[(.*)]\\((.+)\\)$", Pattern.DOTALL);

    private final VaultAttachments attachments;
    private final ImportProblems problems;
    private final Map<String, List<String>> byFileName = new HashMap<>();

    VaultNoteFiles(Vault vault, VaultAttachments attachments, ImportProblems problems) {
        this.attachments = attachments;
        this.problems = problems;
        for (String other : vault.otherFiles()) {
            byFileName
                    .computeIfAbsent(lower(fileNameOf(other)), k -> new ArrayList<>())
                    .add(other);
        }
    }

    /// An item as written: the path it leads to, the name it shows, and whether it is a bare Obsidian link (a name
    /// Obsidian finds anywhere in the vault).
    private record Listed(String path, Optional<String> name, boolean anywhere) {

        static Listed of(String text) {
            var wikilink = WIKILINK.matcher(text);
            if (wikilink.matches()) {
                var path = wikilink.group(1).replaceFirst("#.*$", "").strip();
                return new Listed(path, shown(wikilink.group(2)), !path.contains("/"));
            }
            var link = MARKDOWN_LINK.matcher(text);
            if (link.matches()) {
                var target = link.group(2).strip().replaceFirst("\\s+\"[^\"]*\"$", "");
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1);
                }
                return new Listed(decode(target), shown(link.group(1).replace("\\]", "]")), false);
            }
            return new Listed(text, Optional.empty(), false);
        }

        private static Optional<String> shown(@Nullable String name) {
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
        }
    }

    /// The files `note` lists that could be taken, in its order, each once; records them to copy.
    List<NoteFile> files(VaultNote note) {
        var result = new ArrayList<NoteFile>();
        for (FrontMatter.Item item : note.files()) {
            var where = new Where(note.file(), item.line());
            try {
                var file = take(note, item.text(), where);
                if (result.stream().noneMatch(other -> other.stored().equals(file.stored()))) {
                    result.add(file);
                }
            } catch (ImageNotTaken e) {
                problems.problem(
                        Kind.LINK, where.file(), where.line(), Failures.message(e), "the note is imported without it.");
            }
        }
        return result;
    }

    private NoteFile take(VaultNote note, String raw, Where where) {
        var listed = Listed.of(raw);
        var path = listed.path().replace('\\', '/');
        var problem = where + "the attached file '" + shorten(raw) + "' ";
        if (path.isEmpty()) {
            throw new ImageNotTaken(problem + "names no file.");
        }
        if (SCHEME.matcher(path).find() && !DRIVE.matcher(path).find()) {
            throw new ImageNotTaken(
                    problem + "is an address, not a file; only files inside the folder being imported are attached.");
        }
        if (path.startsWith("/") || DRIVE.matcher(path).find() || path.indexOf('\0') >= 0) {
            throw new ImageNotTaken(
                    problem + "is an absolute path; only files inside the folder being imported are attached.");
        }
        var folder = note.folder();
        var besideNote = normalize(folder.isEmpty() ? path : folder + "/" + path);
        if (besideNote.isEmpty()) {
            throw new ImageNotTaken(problem + "lies outside the folder being imported.");
        }
        var candidates = new ArrayList<String>();
        candidates.add(besideNote.get());
        normalize(path).ifPresent(candidates::add);
        if (listed.anywhere()) {
            candidates.addAll(byFileName.getOrDefault(lower(fileNameOf(path)), List.of()));
        }
        for (String candidate : candidates) {
            var found = attachments.existing(candidate, where, raw, "attached file", FileStore.MAX_BYTES);
            if (found.isPresent()) {
                var fileName = listed.name().orElse(fileNameOf(candidate));
                return noteFile(found.get(), fileName, problem, where);
            }
        }
        throw new ImageNotTaken(problem + "is not in the folder being imported.");
    }

    private NoteFile noteFile(Path file, String fileName, String problem, Where where) {
        try {
            var stored = ContentNames.of(file, fileName);
            long bytes = Files.size(file);
            attachments.stored(file, stored, where);
            return new NoteFile(stored, fileName, bytes);
        } catch (IOException e) {
            throw new ImageNotTaken(problem + "cannot be read: " + e.getMessage() + ".");
        }
    }

    private static String fileNameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
