package papernotes.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import papernotes.model.Bodies;
import papernotes.model.Failures;
import papernotes.model.ImportWarning.Kind;
import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.NoteId;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

/// Reads a folder of Markdown notes: PaperNotes' own layout (the repository's `notes/`, an export: a folder per
/// topic, `_topic.md` for a topic's name, Chinese name, place and text, `_library.md` for the collection's title, a
/// `.md` file with YAML front matter per note), an Obsidian vault, or any folder of Markdown files ([VaultKind]).
/// Everything is read and checked before anything is returned, so a caller writes all or nothing; every problem is
/// one sentence naming the file (as `vault/Face Swap/x.md`, the folder's own name first) and, where it has one,
/// the line. See [FolderScan] for what is walked and what is refused on the way.
public final class VaultReader {

    public static final String TOPIC_FILE = "_topic.md";
    public static final String LIBRARY_FILE = "_library.md";
    /// The topic of notes at the top of a folder that does not say where they belong, when the folder's own name
    /// cannot be a topic.
    public static final String INBOX = "Inbox";

    private final VaultLimits limits;

    public VaultReader() {
        this(VaultLimits.DEFAULT);
    }

    public VaultReader(VaultLimits limits) {
        this.limits = limits;
    }

    /// Reads every Markdown file under `root`, refusing the whole folder at the first problem (for the shipped notes
    /// and `import --strict`); `root` may be a folder on disk or inside a jar.
    public Vault read(Path root) {
        return read(root, new ImportProblems(true), Optional.empty());
    }

    /// Reads every Markdown file under `root`; a problem with one file goes to `problems` (see [ImportProblems]) and
    /// the others are read as usual. With a topic `under`, the notes at the top go there and every other topic the
    /// folder gives is placed below it.
    public Vault read(Path root, ImportProblems problems, Optional<TopicPath> under) {
        if (!Files.exists(root)) {
            throw new InterchangeException(root + " does not exist.");
        }
        if (!Files.isDirectory(root)) {
            throw new InterchangeException(root + " is not a folder.");
        }
        var label = root.getFileName() == null
                ? root.toString()
                : root.getFileName().toString();
        var scan = new FolderScan(root, label, limits, problems).scan();
        var matters = new LinkedHashMap<String, FrontMatter>();
        for (String relative : scan.markdown()) {
            var name = named(label, relative);
            readText(root.resolve(relative), name, problems)
                    .flatMap(text -> frontMatter(text, name, problems))
                    .ifPresent(matter -> matters.put(relative, matter));
        }
        var kind = kind(matters.keySet(), scan.obsidian());
        var topics = new LinkedHashMap<TopicPath, TopicDraft>();
        var names = new FolderNames(label, under.orElse(TopicPath.of(rootTopic(label))), under);
        var fields = new NoteFields(kind, problems, under);
        Optional<String> title = Optional.empty();
        List<String> titleAliases = List.of();
        if (kind == VaultKind.PAPERNOTES) {
            for (var entry : matters.entrySet()) {
                if (fileName(entry.getKey()).equals(TOPIC_FILE)
                        && entry.getKey().contains("/")) {
                    var folder = folderOf(entry.getKey());
                    topicName(entry.getValue(), fields).ifPresent(topicName -> names.name(folder, topicName));
                }
            }
        }
        var notes = new ArrayList<Ordered>();
        var idFiles = new HashMap<NoteId, String>();
        for (var entry : matters.entrySet()) {
            var relative = entry.getKey();
            var matter = entry.getValue();
            var name = matter.source();
            var fileName = fileName(relative);
            var folder = folderOf(relative);
            if (kind == VaultKind.PAPERNOTES && fileName.equals(LIBRARY_FILE) && folder.isEmpty()) {
                title = fields.field(matter, "title", () -> matter.text("title"), Optional.empty());
                titleAliases = fields.field(matter, "aliases", () -> matter.list("aliases"), List.of());
            } else if (kind == VaultKind.PAPERNOTES && fileName.equals(TOPIC_FILE) && !folder.isEmpty()) {
                var path = names.topic(folder, name, problems);
                topics.put(path, topic(path, matter, fields));
            } else {
                var read = fields.note(matter, names.topic(folder, name, problems), relative);
                if (read.isEmpty()) {
                    continue;
                }
                var note = read.get();
                var id = note.draft().id();
                if (id.isPresent()) {
                    var other = idFiles.putIfAbsent(id.get(), name);
                    if (other != null) {
                        problems.problem(
                                Kind.FIELD,
                                name,
                                matter.lineOf("id"),
                                name + ", line " + matter.lineOf("id") + ": the id " + id.get() + " is already used by "
                                        + other + ".",
                                "this file is imported as a new note.");
                        note = note.withoutId();
                    }
                }
                notes.add(new Ordered(note, fields.order(matter)));
            }
        }
        for (Ordered note : notes) {
            addMissingTopics(note.note().draft().topic(), topics);
        }
        var orderedTopics = new ArrayList<>(topics.values());
        orderedTopics.sort(
                Comparator.comparingInt((TopicDraft t) -> t.path().depth()).thenComparing(TopicDraft::path));
        notes.sort(Comparator.comparing((Ordered o) -> o.note().draft().topic())
                .thenComparingInt(Ordered::order)
                .thenComparing(o -> o.note().relativePath()));
        var attachmentFolder = kind == VaultKind.OBSIDIAN
                ? ObsidianSettings.attachmentFolder(root, problems, label)
                : Optional.<String>empty();
        return new Vault(
                kind,
                root,
                label,
                title,
                titleAliases,
                orderedTopics,
                notes.stream().map(Ordered::note).toList(),
                scan.others(),
                attachmentFolder,
                problems.warnings());
    }

    /// The file's front matter and body; a front matter that cannot be read is a problem, and the file's whole text
    /// is taken as its body.
    private static Optional<FrontMatter> frontMatter(String text, String name, ImportProblems problems) {
        try {
            return Optional.of(FrontMatter.parse(text, name));
        } catch (InterchangeException e) {
            problems.problem(
                    Kind.FRONT_MATTER,
                    name,
                    lineIn(Failures.message(e)),
                    Failures.message(e),
                    "the file is imported as text, its front matter included.");
            return Optional.of(FrontMatter.textOnly(text, name));
        }
    }

    /// The line a message names (`x.md, line 3: …`), or 0.
    private static int lineIn(String message) {
        var matcher = Pattern.compile(", line (\\d+):").matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private record Ordered(VaultNote note, int order) {}

    private static String named(String label, String relative) {
        return label.isEmpty() ? relative : label + "/" + relative;
    }

    private static VaultKind kind(Set<String> files, boolean obsidian) {
        boolean ours = files.stream()
                .anyMatch(relative -> relative.equals(LIBRARY_FILE) || relative.endsWith("/" + TOPIC_FILE));
        if (ours) {
            return VaultKind.PAPERNOTES;
        }
        return obsidian ? VaultKind.OBSIDIAN : VaultKind.MARKDOWN;
    }

    private static String rootTopic(String label) {
        try {
            return TopicPath.of(label.strip()).name();
        } catch (InvalidInputException e) {
            return INBOX;
        }
    }

    private static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    private static String folderOf(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /// The topic a `_topic.md` names, when it names one that can be a topic (otherwise a problem, and the folder's
    /// own name is taken).
    private static Optional<String> topicName(FrontMatter matter, NoteFields fields) {
        return fields.field(
                matter,
                "title",
                () -> matter.text("title").map(name -> {
                    try {
                        return TopicPath.of(name).name();
                    } catch (InvalidInputException e) {
                        throw matter.error("title", "cannot be a topic's name: " + e.getMessage());
                    }
                }),
                Optional.empty(),
                "the folder's own name is taken.");
    }

    private static TopicDraft topic(TopicPath path, FrontMatter matter, NoteFields fields) {
        var nameZh = fields.field(
                matter,
                "name_zh",
                () -> Labels.topicNameZh(matter.text("name_zh").orElse("")),
                "");
        var description =
                fields.wrapBody(matter, () -> Bodies.check(matter.body().strip()));
        return new TopicDraft(path, nameZh, description, fields.order(matter));
    }

    private static void addMissingTopics(TopicPath path, Map<TopicPath, TopicDraft> topics) {
        for (Optional<TopicPath> at = Optional.of(path);
                at.isPresent();
                at = at.get().parent()) {
            topics.putIfAbsent(at.get(), TopicDraft.named(at.get()));
        }
    }

    /// The file's text; symbolic links are not followed. A file that cannot be read, grew past the limit since the
    /// walk or is not text is a problem (skipped); one in another encoding than UTF-8 is converted (see
    /// [TextDecoding]), a problem too (when strict, it refuses the import naming the line of the first byte that is
    /// not UTF-8).
    // The default file system is one object: identity is meant.
    @SuppressWarnings("ReferenceEquality")
    private Optional<String> readText(Path file, String name, ImportProblems problems) {
        byte[] bytes;
        var options = file.getFileSystem() == FileSystems.getDefault()
                ? new OpenOption[] {LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[0];
        try (InputStream in = Files.newInputStream(file, options)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            problems.problem(
                    Kind.SKIPPED, name, 0, "Cannot read " + name + ": " + e.getMessage() + ".", "it is skipped.");
            return Optional.empty();
        }
        if (bytes.length > limits.maxFileBytes()) {
            problems.problem(
                    Kind.SKIPPED,
                    name,
                    0,
                    name + " is larger than " + FolderScan.megabytes(limits.maxFileBytes())
                            + ", more than a note can hold.",
                    "it is skipped.");
            return Optional.empty();
        }
        var decoded = TextDecoding.decode(bytes);
        if (decoded.isPresent() && decoded.get().isUtf8()) {
            return Optional.of(decoded.get().text());
        }
        int line = firstBadLine(bytes);
        var problem = name + ", line " + line + ": the file is not UTF-8 text.";
        if (decoded.isEmpty()) {
            problems.problem(
                    Kind.SKIPPED,
                    name,
                    line,
                    problem,
                    "it is neither UTF-16 nor GB18030 (GBK) text either," + " and is skipped.");
            return Optional.empty();
        }
        problems.problem(
                Kind.ENCODING,
                name,
                line,
                problem,
                "it was read as " + decoded.get().charset().name() + " and converted.");
        return Optional.of(decoded.get().text());
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /// Topic paths of folders: each folder is the topic its `_topic.md` names, or the topic of its own name; files
    /// at the top belong to the topic named after the folder being imported (or [#INBOX]).
    private static final class FolderNames {

        private final Map<String, String> names = new HashMap<>();
        private final String label;
        private final TopicPath top;
        private final List<String> under;

        FolderNames(String label, TopicPath top, Optional<TopicPath> under) {
            this.label = label;
            this.top = top;
            this.under = under.map(TopicPath::names).orElse(List.of());
        }

        void name(String folder, String name) {
            names.put(folder, name);
        }

        /// The topic of notes in `folder`; when the folder cannot be a topic, a problem, and the notes go to the
        /// topic of the top.
        TopicPath topic(String folder, String file, ImportProblems problems) {
            if (folder.isEmpty()) {
                return top;
            }
            var parts = folder.split("/");
            var path = new ArrayList<>(under);
            for (int i = 0; i < parts.length; i++) {
                var at = String.join("/", Arrays.copyOf(parts, i + 1));
                path.add(names.getOrDefault(at, parts[i].strip()));
            }
            try {
                return new TopicPath(path);
            } catch (InvalidInputException e) {
                problems.problem(
                        Kind.FIELD,
                        file,
                        0,
                        file + ": the folder " + named(label, folder) + " cannot be a topic: " + e.getMessage(),
                        "the note goes to " + top + ".");
                return top;
            }
        }
    }
}
