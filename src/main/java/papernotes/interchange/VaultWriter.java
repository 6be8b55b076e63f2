package papernotes.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import papernotes.model.Note;
import papernotes.model.NoteFile;
import papernotes.model.NoteId;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.Topic;
import papernotes.model.TopicPath;

/// Lays a library out as PaperNotes' Markdown vault (the layout of the repository's `notes/`) and writes it:
/// a folder per topic, nested for sub-topics, with `_topic.md` (name, Chinese name, place, text); one `.md` file per
/// note with YAML front matter ([FrontMatterWriter]) in a fixed key order; `_library.md` with the collection's
/// title; `attachments/` for images and the files attached to notes. File and folder names come from titles and names
/// through [FileNames]; notes
/// whose names clash in a folder (ignoring case) all carry their id (`GAN (k3v9x2mq).md`), sibling folders that
/// clash are numbered (`A_B (2)`). The same library always gives the same files, byte for byte.
public final class VaultWriter {

    public static final String ATTACHMENTS = "attachments";
    /// Front matter keys of a note, in the order they are written.
    public static final List<String> NOTE_KEYS = List.of(
            "id",
            "title",
            "topic",
            "tags",
            "aliases",
            "paper",
            "code",
            "arxiv",
            "doi",
            "year",
            "venue",
            "paper-title",
            "authors",
            "abstract",
            "reading",
            "priority",
            "files",
            "created",
            "updated");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Set<String> RESERVED_NOTE_NAMES =
            Set.of(FileNames.clashKey("_topic"), FileNames.clashKey("_library"));

    /// The files of the vault by path relative to its folder (with `/`), in path order: `_library.md`, each
    /// topic's `_topic.md` and each note. `title` is the collection's title; `topics` in tree order.
    public Map<String, String> files(Optional<String> title, List<Topic> topics, Collection<Note> notes) {
        return files(title, topics, notes, Map.of());
    }

    /// As [#files(Optional, List, Collection)], each note listing the files `attached` to it (by id) under `files`.
    public Map<String, String> files(
            Optional<String> title, List<Topic> topics, Collection<Note> notes, Map<NoteId, List<NoteFile>> attached) {
        var files = new TreeMap<String, String>();
        files.put(
                VaultReader.LIBRARY_FILE,
                new FrontMatterWriter()
                        .text("kind", "library")
                        .text("title", title)
                        .document(""));
        var folders = folders(topics);
        for (Topic topic : topics) {
            var matter = new FrontMatterWriter()
                    .text("kind", "topic")
                    .text("title", topic.path().name());
            if (!topic.nameZh().isEmpty()) {
                matter.text("name_zh", topic.nameZh());
            }
            matter.number("order", topic.position());
            files.put(folders.get(topic.path()) + "/" + VaultReader.TOPIC_FILE, matter.document(topic.description()));
        }
        var byFolder = new LinkedHashMap<String, List<Note>>();
        for (Note note : notes) {
            var folder = folders.get(note.topic());
            if (folder == null) {
                throw new IllegalArgumentException(
                        "The note " + note.id() + " is filed in a topic not given: " + note.topic());
            }
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(note);
        }
        byFolder.forEach((folder, inFolder) -> {
            var names = names(inFolder);
            inFolder.forEach(note -> files.put(
                    folder + "/" + names.get(note.id()) + ".md",
                    noteFile(note, attached.getOrDefault(note.id(), List.of()))));
        });
        return files;
    }

    /// A note's file: its front matter (keys in [#NOTE_KEYS] order, absent ones left out) and its body as stored.
    public static String noteFile(Note note) {
        return noteFile(note, List.of());
    }

    /// A note's file listing `attached`, the files attached to the note, in order under `files` ([#fileLink]).
    public static String noteFile(Note note, List<NoteFile> attached) {
        var up = "../".repeat(note.topic().depth());
        return matter(note, attached.stream().map(file -> fileLink(up, file)).toList())
                .text("created", time(note.created()))
                .text("updated", time(note.updated()))
                .document(note.body());
    }

    /// A note's front matter from `id` to `files` (listing `files` as given), in [#NOTE_KEYS] order: the vault's
    /// note file and the sync tree's add the keys after it.
    public static FrontMatterWriter matter(Note note, List<String> files) {
        var links = note.links();
        return new FrontMatterWriter()
                .text("id", note.id().value())
                .text("title", note.title())
                .text("topic", note.topic().toString())
                .list("tags", note.tags())
                .list("aliases", note.aliases())
                .text("paper", links.paper())
                .text("code", links.code())
                .text("arxiv", links.arxiv())
                .text("doi", links.doi())
                .number("year", links.year())
                .text("venue", links.venue())
                .text("paper-title", links.paperTitle())
                .list("authors", links.authors())
                .text("abstract", links.abstractText())
                .text("reading", note.reading().status().map(ReadingStatus::key))
                .number("priority", note.reading().priority().map(ReadingPriority::level))
                .list("files", files);
    }

    /// How `files` lists a file attached to a note: an Obsidian link to its copy in `attachments/`, by the path from
    /// the note's own folder (`up`: `../../` for a note two folders down, as the body's image links are written),
    /// shown as the name it was attached as: `[[../../attachments/3f2a….pdf|fsgan.pdf]]`. Obsidian's properties
    /// show the name as a link that opens the file; [NoteFields] reads it back.
    public static String fileLink(String up, NoteFile file) {
        return "[[" + up + ATTACHMENTS + "/" + file.stored() + "|" + file.fileName() + "]]";
    }

    /// A time as the library stores it: UTC with milliseconds, `2026-11-24T02:21:38.123Z`.
    public static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static Map<TopicPath, String> folders(List<Topic> topics) {
        var folders = new HashMap<TopicPath, String>();
        var taken = new HashMap<String, Set<String>>();
        taken.put("", new HashSet<>(Set.of(FileNames.clashKey(ATTACHMENTS))));
        for (Topic topic : topics) {
            var parent = topic.path().parent().map(folders::get).orElse("");
            var siblings = taken.computeIfAbsent(parent, k -> new HashSet<>());
            var base = FileNames.safe(topic.path().name(), "Topic");
            var name = base;
            for (int n = 2; !siblings.add(FileNames.clashKey(name)); n++) {
                name = base + " (" + n + ")";
            }
            folders.put(topic.path(), parent.isEmpty() ? name : parent + "/" + name);
        }
        return folders;
    }

    /// File names (without `.md`) for the notes of one folder: the title made safe, and where names clash (with
    /// each other ignoring case, or with `_topic` and `_library`), the title followed by the id.
    private static Map<NoteId, String> names(List<Note> notes) {
        var names = new HashMap<NoteId, String>();
        notes.forEach(note -> names.put(note.id(), FileNames.safe(note.title(), "Untitled")));
        while (true) {
            var byKey = new HashMap<String, List<NoteId>>();
            names.forEach((id, name) -> byKey.computeIfAbsent(FileNames.clashKey(name), k -> new ArrayList<>())
                    .add(id));
            var clashing = new ArrayList<NoteId>();
            byKey.forEach((key, group) -> {
                if (group.size() > 1 || RESERVED_NOTE_NAMES.contains(key)) {
                    clashing.addAll(group);
                }
            });
            if (clashing.isEmpty()) {
                return names;
            }
            clashing.forEach(id -> names.compute(id, (n, name) -> name + " (" + id.value() + ")"));
        }
    }

    /// Writes `files` (from [#files]) into `folder`, which must exist; refuses a path that would leave it, and
    /// never replaces a file.
    public void write(Path folder, Map<String, String> files) {
        for (var file : files.entrySet()) {
            var target = inside(folder, file.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(
                        target,
                        file.getValue(),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new InterchangeException("Cannot write " + target + ": " + e.getMessage() + ".", e);
            }
        }
    }

    /// Copies `source` (not following a symbolic link) to `attachments/name` in `folder`; refuses a name that
    /// would leave `attachments/`.
    public void attachment(Path folder, String name, Path source) {
        var attachments = folder.resolve(ATTACHMENTS);
        var target = inside(attachments, name);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new InterchangeException(
                    "Cannot copy the attachment " + name + " to " + target + ": " + e.getMessage() + ".", e);
        }
    }

    /// `relative` resolved in `folder`, refused when it is absolute (`/x`, `C:x`), has `.` or `..` parts or
    /// otherwise leads outside.
    static Path inside(Path folder, String relative) {
        var parts = relative.split("/", -1);
        boolean bad = relative.isEmpty()
                || relative.startsWith("/")
                || relative.contains("\\")
                || relative.matches("^[A-Za-z]:.*")
                || relative.indexOf('\0') >= 0
                || Arrays.stream(parts).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
        var target = folder.resolve(relative).normalize();
        if (bad || !target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
            throw new InterchangeException(
                    "The path '" + relative + "' would lead outside " + folder + "; nothing is written there.");
        }
        return target;
    }
}
