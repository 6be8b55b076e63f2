package papernotes.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papernotes.interchange.ImportProblems;
import papernotes.interchange.VaultNote;
import papernotes.markdown.BodyReferences;
import papernotes.markdown.BodyReferences.LinkReference;
import papernotes.model.ImportWarning.Kind;

/// Links between the notes of a folder being imported, written as Typora and other editors write them, by relative
/// path (`[x](other%20note.md)`, `[x](../Topic/y.md#heading)`): each that leads to a note of the folder becomes a
/// note link, `[[Title#heading|x]]`, which the note view, backlinks and related notes follow by the note's title
/// whatever its file was called. A link to a Markdown file the folder does not have is kept as written and reported.
/// A link to another file of the folder (a PDF beside the note) is copied into the library's attachments and points
/// there; one to a file outside the folder or missing is reported ([VaultImages#linkedFile]). Web and `note:` links
/// are left alone.
final class VaultNoteLinks {

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> titlesIgnoringCase = new HashMap<>();
    private final Map<String, List<String>> byFileName = new HashMap<>();
    private final BodyReferences references;
    private final ImportProblems problems;
    private final VaultImages files;

    VaultNoteLinks(List<VaultNote> notes, BodyReferences references, ImportProblems problems, VaultImages files) {
        this.references = references;
        this.problems = problems;
        this.files = files;
        for (VaultNote note : notes) {
            var path = note.relativePath();
            titles.put(path, note.draft().title());
            titlesIgnoringCase.putIfAbsent(
                    path.toLowerCase(Locale.ROOT), note.draft().title());
            var fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byFileName
                    .computeIfAbsent(fileName, k -> new ArrayList<>())
                    .add(note.draft().title());
        }
    }

    /// `body` (the note's, perhaps already changed by [VaultImages]) with its links to other notes of the folder made
    /// note links.
    String body(VaultNote note, String body) {
        var links = references.links(body);
        if (links.isEmpty()) {
            return body;
        }
        var result = new StringBuilder(body);
        for (int i = links.size() - 1; i >= 0; i--) {
            var link = links.get(i);
            var noteLink = noteLink(note, link);
            if (noteLink.isPresent()) {
                result.replace(link.start(), link.end(), noteLink.get());
            } else {
                fileLink(note, link).ifPresent(target -> result.replace(link.targetStart(), link.targetEnd(), target));
            }
        }
        return result.toString();
    }

    private Optional<String> noteLink(VaultNote note, LinkReference link) {
        var raw = link.destination().strip();
        if (raw.startsWith("<") && raw.endsWith(">")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        boolean web = VaultPaths.SCHEME.matcher(raw).find()
                && !VaultPaths.DRIVE.matcher(raw).find();
        if (raw.isEmpty() || raw.startsWith("#") || web) {
            return Optional.empty();
        }
        int hash = raw.indexOf('#');
        var path = VaultPaths.decode(hash < 0 ? raw : raw.substring(0, hash)).replace('\\', '/');
        var heading = hash < 0 ? "" : VaultPaths.decode(raw.substring(hash + 1)).strip();
        var lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return Optional.empty();
        }
        var title = title(note.folder(), path);
        if (title.isEmpty()) {
            int line = note.bodyLine() + link.line();
            problems.warn(
                    Kind.LINK,
                    note.file(),
                    line,
                    note.file() + ", line " + line + ": the link to '" + shorten(raw)
                            + "' leads to no note of the folder being imported; it is kept as written.");
            return Optional.empty();
        }
        var text = link.text().strip();
        if (unsafe(title.get())
                || unsafe(heading)
                || text.contains("]]")
                || text.contains("|")
                || text.contains("\n")) {
            return Optional.empty();
        }
        var target = title.get() + (heading.isEmpty() ? "" : "#" + heading);
        return Optional.of(
                text.isEmpty() || text.equals(target) ? "[[" + target + "]]" : "[[" + target + "|" + text + "]]");
    }

    /// The new target of a link to a file that is not a note: in the library's attachments, if it was in the folder.
    private Optional<String> fileLink(VaultNote note, LinkReference link) {
        var raw = link.destination().strip();
        if (raw.startsWith("<") && raw.endsWith(">")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        var lower = raw.toLowerCase(Locale.ROOT);
        boolean web = VaultPaths.SCHEME.matcher(raw).find()
                && !VaultPaths.DRIVE.matcher(raw).find()
                && !lower.startsWith("file:");
        int hash = raw.indexOf('#');
        var path = (hash < 0 ? raw : raw.substring(0, hash)).toLowerCase(Locale.ROOT);
        if (raw.isEmpty() || raw.startsWith("#") || web || path.endsWith(".md") || path.endsWith(".markdown")) {
            return Optional.empty();
        }
        return files.linkedFile(note, hash < 0 ? raw : raw.substring(0, hash), link.line());
    }

    /// The title of the note at `path`, beside the linking note, from the folder's top, or by its file name alone
    /// when one note of the folder has it.
    private Optional<String> title(String folder, String path) {
        for (var candidate : List.of(
                VaultPaths.normalize(folder.isEmpty() ? path : folder + "/" + path), VaultPaths.normalize(path))) {
            if (candidate.isPresent()) {
                var exact = titles.get(candidate.get());
                if (exact != null) {
                    return Optional.of(exact);
                }
                var loose = titlesIgnoringCase.get(candidate.get().toLowerCase(Locale.ROOT));
                if (loose != null) {
                    return Optional.of(loose);
                }
            }
        }
        var named = byFileName.getOrDefault(
                path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), List.of());
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /// Characters a `[[…]]` link cannot hold.
    private static boolean unsafe(String text) {
        return text.contains("[") || text.contains("]") || text.contains("|") || text.contains("#");
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
