package papernotes.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import papernotes.model.Bodies;
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

    /// Reads every Markdown file under `root`; `root` may be a folder on disk or inside a jar.
    public Vault read(Path root) {
        if (!Files.exists(root)) {
            throw new InterchangeException(root + " does not exist.");
        }
        if (!Files.isDirectory(root)) {
            throw new InterchangeException(root + " is not a folder.");
        }
        var label = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        var scan = new FolderScan(root, label, limits).scan();
        var texts = new LinkedHashMap<String, String>();
        for (String relative : scan.markdown()) {
            texts.put(relative, readText(root.resolve(relative), named(label, relative)));
        }
        var kind = kind(texts, scan.obsidian());
        var warnings = new ArrayList<>(scan.warnings());
        var topics = new LinkedHashMap<TopicPath, TopicDraft>();
        var names = new FolderNames(label, rootTopic(label));
        Optional<String> title = Optional.empty();
        List<String> titleAliases = List.of();
        var notes = new ArrayList<Ordered>();
        if (kind == VaultKind.PAPERNOTES) {
            for (var text : texts.entrySet()) {
                if (fileName(text.getKey()).equals(TOPIC_FILE) && text.getKey().contains("/")) {
                    var matter = FrontMatter.parse(text.getValue(), named(label, text.getKey()));
                    names.name(folderOf(text.getKey()), topicName(matter, folderOf(text.getKey())));
                }
            }
        }
        var fields = new NoteFields(kind, warnings);
        var idFiles = new HashMap<NoteId, String>();
        for (var text : texts.entrySet()) {
            var relative = text.getKey();
            var name = named(label, relative);
            var matter = FrontMatter.parse(text.getValue(), name);
            var fileName = fileName(relative);
            var folder = folderOf(relative);
            if (kind == VaultKind.PAPERNOTES && fileName.equals(LIBRARY_FILE) && folder.isEmpty()) {
                title = fields.wrap(matter, "title", () -> matter.text("title"));
                titleAliases = fields.wrap(matter, "aliases", () -> matter.list("aliases"));
            } else if (kind == VaultKind.PAPERNOTES && fileName.equals(TOPIC_FILE) && !folder.isEmpty()) {
                var path = names.topic(folder, name);
                topics.put(path, topic(path, matter, fields));
            } else {
                var note = fields.note(matter, names.topic(folder, name), relative);
                note.draft().id().ifPresent(id -> {
                    var other = idFiles.putIfAbsent(id, name);
                    if (other != null) {
                        throw new InterchangeException(name + ", line " + matter.lineOf("id") + ": the id " + id
                                + " is already used by " + other + ".");
                    }
                });
                notes.add(new Ordered(note, fields.order(matter)));
            }
        }
        for (Ordered note : notes) {
            addMissingTopics(note.note().draft().topic(), topics);
        }
        var orderedTopics = new ArrayList<>(topics.values());
        orderedTopics.sort(Comparator.comparingInt((TopicDraft t) -> t.path().depth()).thenComparing(TopicDraft::path));
        notes.sort(Comparator.comparing((Ordered o) -> o.note().draft().topic()).thenComparingInt(Ordered::order)
                .thenComparing(o -> o.note().relativePath()));
        var attachmentFolder = kind == VaultKind.OBSIDIAN ? ObsidianSettings.attachmentFolder(root, warnings, label)
                : Optional.<String>empty();
        return new Vault(kind, root, label, title, titleAliases, orderedTopics,
                notes.stream().map(Ordered::note).toList(), scan.others(), attachmentFolder, warnings);
    }

    private record Ordered(VaultNote note, int order) {
    }

    private static String named(String label, String relative) {
        return label.isEmpty() ? relative : label + "/" + relative;
    }

    private static VaultKind kind(Map<String, String> texts, boolean obsidian) {
        boolean ours = texts.keySet().stream().anyMatch(relative -> relative.equals(LIBRARY_FILE)
                || relative.endsWith("/" + TOPIC_FILE));
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

    private static String topicName(FrontMatter matter, String folder) {
        var name = matter.text("title").orElse(folder.substring(folder.lastIndexOf('/') + 1));
        try {
            return TopicPath.of(name).name();
        } catch (InvalidInputException e) {
            throw matter.error("title", "cannot be a topic's name: " + e.getMessage());
        }
    }

    private static TopicDraft topic(TopicPath path, FrontMatter matter, NoteFields fields) {
        var nameZh = fields.wrap(matter, "name_zh", () -> Labels.topicNameZh(
                matter.text("name_zh").orElse("")));
        var description = fields.wrapBody(matter, () -> Bodies.check(matter.body().strip()));
        return new TopicDraft(path, nameZh, description, fields.order(matter));
    }

    private static void addMissingTopics(TopicPath path, Map<TopicPath, TopicDraft> topics) {
        for (Optional<TopicPath> at = Optional.of(path); at.isPresent(); at = at.get().parent()) {
            topics.putIfAbsent(at.get(), TopicDraft.named(at.get()));
        }
    }

    /// The file's text, refusing files that grew past the limit since the walk and text that is not UTF-8 (naming
    /// the line of the first bad byte). Symbolic links are not followed.
    private String readText(Path file, String name) {
        byte[] bytes;
        var options = file.getFileSystem() == FileSystems.getDefault()
                ? new java.nio.file.OpenOption[] {LinkOption.NOFOLLOW_LINKS} : new java.nio.file.OpenOption[0];
        try (InputStream in = Files.newInputStream(file, options)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new InterchangeException("Cannot read " + name + ": " + e.getMessage() + ".", e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new InterchangeException(name + " is larger than " + FolderScan.megabytes(limits.maxFileBytes())
                    + ", more than a note can hold.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException(name + ", line " + firstBadLine(bytes) + ": the file is not UTF-8 text.", e);
        }
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
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
        private final String rootTopic;

        FolderNames(String label, String rootTopic) {
            this.label = label;
            this.rootTopic = rootTopic;
        }

        void name(String folder, String name) {
            names.put(folder, name);
        }

        TopicPath topic(String folder, String file) {
            if (folder.isEmpty()) {
                return TopicPath.of(rootTopic);
            }
            var parts = folder.split("/");
            var path = new ArrayList<String>();
            for (int i = 0; i < parts.length; i++) {
                var at = String.join("/", Arrays.copyOf(parts, i + 1));
                path.add(names.getOrDefault(at, parts[i].strip()));
            }
            try {
                return new TopicPath(path);
            } catch (InvalidInputException e) {
                throw new InterchangeException(file + ": the folder " + named(label, folder) + " cannot be a topic: "
                        + e.getMessage(), e);
            }
        }
    }
}
