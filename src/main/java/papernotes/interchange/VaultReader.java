package papernotes.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;

/// Reads a PaperNotes Markdown library (the layout of `notes/`): one folder per topic, `_topic.md` for a topic's
/// own text and display name, `_library.md` for the collection's title, and one `.md` file with YAML front matter
/// per note. Everything is read and checked before anything is returned, so a caller writes all or nothing.
public final class VaultReader {

    public static final String TOPIC_FILE = "_topic.md";
    public static final String LIBRARY_FILE = "_library.md";
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 100_000;

    private record Entry(NoteDraft draft, int order, String file) {
    }

    /// Reads every `.md` file under `root`; `root` may be a folder on disk or inside a jar.
    public Vault read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InterchangeException(root + " is not a folder.");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).limit(MAX_FILES + 1L).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InterchangeException("Cannot read the folder " + root + ": " + e.getMessage(), e);
        }
        if (files.size() > MAX_FILES) {
            throw new InterchangeException(root + " holds more than " + MAX_FILES + " Markdown files.");
        }
        Optional<String> title = Optional.empty();
        List<String> titleAliases = List.of();
        var topics = new LinkedHashMap<TopicPath, TopicDraft>();
        var entries = new ArrayList<Entry>();
        var idFiles = new HashMap<NoteId, String>();
        for (Path file : files) {
            var relative = root.relativize(file);
            var name = relative.toString().replace('\\', '/');
            var folder = folderTopic(relative, name);
            var fileName = relative.getFileName().toString();
            var matter = FrontMatter.parse(readText(file, name), name);
            try {
                if (fileName.equals(LIBRARY_FILE) && folder.isEmpty()) {
                    title = matter.text("title");
                    titleAliases = matter.list("aliases");
                } else if (fileName.equals(TOPIC_FILE) && folder.isPresent()) {
                    topics.put(folder.get(), topic(folder.get(), matter));
                } else {
                    var entry = note(matter, folder, fileName, name);
                    entry.draft().id().ifPresent(id -> {
                        var other = idFiles.putIfAbsent(id, name);
                        if (other != null) {
                            throw new InterchangeException(name + " line " + matter.lineOf("id") + ": the id " + id
                                    + " is already used by " + other + ".");
                        }
                    });
                    entries.add(entry);
                }
            } catch (InvalidInputException e) {
                throw new InterchangeException(name + ": " + e.getMessage(), e);
            }
        }
        for (Entry entry : entries) {
            addMissingTopics(entry.draft().topic(), topics);
        }
        var orderedTopics = new ArrayList<>(topics.values());
        orderedTopics.sort(Comparator.comparingInt((TopicDraft t) -> t.path().depth()).thenComparing(TopicDraft::path));
        entries.sort(Comparator.comparing((Entry e) -> e.draft().topic()).thenComparingInt(Entry::order)
                .thenComparing(Entry::file));
        return new Vault(title, titleAliases, orderedTopics, entries.stream().map(Entry::draft).toList());
    }

    private static Optional<TopicPath> folderTopic(Path relative, String name) {
        var parent = relative.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        var names = new ArrayList<String>();
        parent.forEach(part -> names.add(part.toString()));
        try {
            return Optional.of(new TopicPath(names));
        } catch (InvalidInputException e) {
            throw new InterchangeException(name + ": the folder cannot be a topic: " + e.getMessage(), e);
        }
    }

    private static void addMissingTopics(TopicPath path, Map<TopicPath, TopicDraft> topics) {
        for (Optional<TopicPath> at = Optional.of(path); at.isPresent(); at = at.get().parent()) {
            topics.putIfAbsent(at.get(), TopicDraft.named(at.get()));
        }
    }

    private static TopicDraft topic(TopicPath folder, FrontMatter matter) {
        matter.text("title").filter(t -> !t.equals(folder.name())).ifPresent(t -> {
            throw matter.error("title", "is '" + t + "' but the folder is named '" + folder.name() + "'");
        });
        return new TopicDraft(folder, matter.text("name_zh").orElse(""), matter.body().strip(),
                matter.integer("order").orElse(Integer.MAX_VALUE));
    }

    private static Entry note(FrontMatter matter, Optional<TopicPath> folder, String fileName, String name) {
        var title = matter.text("title").or(() -> firstHeading(matter.body()))
                .orElse(fileName.substring(0, fileName.length() - 3));
        var topic = matter.text("topic").map(TopicPath::parse).or(() -> folder).orElse(TopicPath.of("Unfiled"));
        var id = matter.text("id").map(text -> {
            if (!NoteId.isWellFormed(text)) {
                throw matter.error("id", "is not a note id (8 characters such as k3v9x2mq)");
            }
            return new NoteId(text);
        });
        var links = new PaperLinks(matter.text("paper"), matter.text("code"), matter.literal("arxiv"), matter.text("doi"),
                matter.text("year").flatMap(PaperLinks::parseYear), matter.text("venue"));
        var draft = new NoteDraft(id, title, topic, matter.list("tags"), matter.list("aliases"), links, matter.body());
        return new Entry(draft, matter.integer("order").orElse(Integer.MAX_VALUE), name);
    }

    private static Optional<String> firstHeading(String body) {
        return body.lines().filter(line -> line.startsWith("# ")).findFirst().map(line -> line.substring(2).strip())
                .filter(line -> !line.isEmpty());
    }

    private static String readText(Path file, String name) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InterchangeException(name + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
            }
            var bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException(name + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new InterchangeException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
