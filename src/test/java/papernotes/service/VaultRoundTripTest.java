package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.interchange.VaultWriter;
import papernotes.model.Note;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.Topic;
import papernotes.model.TopicPath;

/// Export → import into an empty library → export gives the same files, byte for byte: on the shipped notes and on
/// 1,000 generated notes with Chinese, emoji, values YAML would misread unquoted (`a: b`, `#x`, `*x`, `&x`, `!x`,
/// `yes`, `off`, `2106.09680`), names that clash or that Windows reserves, and bodies up to 300 KB. The generated
/// notes also come back with every field as they were, and the topics with their names, places and texts (a
/// topic's text is kept without surrounding blank lines, as the library stores it).
@Tag("slow")
class VaultRoundTripTest {

    private static final List<String> ODD = List.of(
            "a: b",
            "#hash",
            "*star",
            "&amp",
            "!bang",
            "yes",
            "No",
            "on",
            "OFF",
            "2106.09680",
            "0x1F",
            "12:30",
            "~",
            "null",
            "- dash",
            "? q",
            "[x]",
            "{y}",
            "'q'",
            "\"dq\"",
            "%p",
            "@a",
            "`b",
            "|p",
            ">g",
            "换脸",
            "超分辨率 SR",
            "视觉Transformer",
            "🎭 emoji 😀",
            "C++",
            "a/b",
            "CON",
            "nul.txt",
            "x.",
            "é vs é");

    @TempDir
    Path dir;

    @Test
    void shippedNotesExportImportExportGivesTheSameBytes() throws IOException {
        try (var shipped = TestLibrary.shipped(dir.resolve("a"))) {
            shipped.vaultExport().export(dir.resolve("first"));
        }
        try (var empty = TestLibrary.empty(dir.resolve("b"))) {
            var plan = empty.library().vaultImport().apply(dir.resolve("first"));
            assertEquals(27, plan.added().size(), plan.toString());
            empty.library().vaultExport().export(dir.resolve("second"));
        }
        assertEquals(files(dir.resolve("first")), files(dir.resolve("second")));
    }

    @Test
    void thousandGeneratedNotesComeBackAsTheyWereAndExportToTheSameBytes() throws IOException {
        var random = new Random(20261124);
        var topics = topics();
        var notes = notes(1000, topics, random);
        var generated = new VaultWriter().files(Optional.of("Generated: yes 合集"), topics, notes);
        new VaultWriter().write(Files.createDirectories(dir.resolve("generated")), generated);
        try (var first = TestLibrary.empty(dir.resolve("a"))) {
            var plan = first.library().vaultImport().apply(dir.resolve("generated"));
            assertEquals(1000, plan.added().size());
            for (Note note : notes) {
                assertEquals(note, first.notes().get(note.id()).note());
            }
            assertEquals(
                    topics.stream()
                            .map(t -> t.path() + "|" + t.nameZh() + "|" + t.description() + "|" + t.position())
                            .toList(),
                    first.topics().list().stream()
                            .map(t -> t.path() + "|" + t.nameZh() + "|" + t.description() + "|" + t.position())
                            .toList());
            first.library().vaultExport().export(dir.resolve("first"));
        }
        var firstFiles = files(dir.resolve("first"));
        assertEquals(files(dir.resolve("generated")), firstFiles);
        try (var second = TestLibrary.empty(dir.resolve("b"))) {
            second.library().vaultImport().apply(dir.resolve("first"));
            second.library().vaultExport().export(dir.resolve("second"));
            assertEquals(1000, second.notes().list(NoteFilter.ALL).size());
        }
        assertEquals(firstFiles, files(dir.resolve("second")));
    }

    @Test
    void frontMatterWrittenByHandInOtherStylesExportsTheSameAfterASecondRoundTrip() throws IOException {
        var vault = Files.createDirectories(dir.resolve("hand/Face Swap"));
        Files.writeString(dir.resolve("hand/_library.md"), "---\nkind: library\n---\n");
        Files.write(
                vault.resolve("folded.md"),
                ("\uFEFF---\r\nid: k3v9x2mq\r\ntitle: >-\r\n  A folded\r\n  multi-line title\r\n"
                                + "topic: Face Swap\r\ntags: [on, \"a: b\", 2021, '#x']\r\naliases: yes, no\r\narxiv: 2106.09680  # LoRA\r\n"
                                + "year: \"2021\"\r\ncreated: 2021-01-02\r\nupdated: 2021-01-03 04:05:06\r\n---\r\n\r\nbody line\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        try (var first = TestLibrary.empty(dir.resolve("a"))) {
            first.library().vaultImport().apply(dir.resolve("hand"));
            var note = first.notes().get(new NoteId("k3v9x2mq")).note();
            assertEquals("A folded multi-line title", note.title());
            assertEquals(List.of("on", "a: b", "2021", "x"), note.tags());
            assertEquals(List.of("yes", "no"), note.aliases());
            assertEquals(Optional.of("2106.09680"), note.links().arxiv());
            assertEquals(Instant.parse("2021-01-02T00:00:00Z"), note.created());
            assertEquals(Instant.parse("2021-01-03T04:05:06Z"), note.updated());
            assertEquals("body line\n", note.body());
            first.library().vaultExport().export(dir.resolve("first"));
        }
        try (var second = TestLibrary.empty(dir.resolve("b"))) {
            second.library().vaultImport().apply(dir.resolve("first"));
            second.library().vaultExport().export(dir.resolve("second"));
        }
        assertEquals(files(dir.resolve("first")), files(dir.resolve("second")));
        assertTrue(files(dir.resolve("first"))
                .get("Face Swap/A folded multi-line title.md")
                .contains("""
                tags:
                  - "on"
                  - "a: b"
                  - "2021"
                  - x
                """));
    }

    private static List<Topic> topics() {
        var topics = new ArrayList<Topic>();
        topics.add(new Topic(TopicPath.of("Face Swap"), "换脸", "", 1, 0));
        topics.add(new Topic(TopicPath.of("a: b"), "yes", "Multi-line text:\n\n- with a list\n- and `code`", 2, 0));
        topics.add(new Topic(TopicPath.parse("a: b / 子: 题"), "2106.09680", "", 1, 0));
        topics.add(new Topic(TopicPath.of("CON"), "", "", 3, 0));
        topics.add(new Topic(TopicPath.of("attachments"), "附件", "", 4, 0));
        topics.add(new Topic(TopicPath.of("🎭 emoji"), "*star", "", 5, 0));
        topics.add(new Topic(TopicPath.parse("🎭 emoji / a_b"), "", "", 1, 0));
        topics.add(new Topic(TopicPath.parse("🎭 emoji / a:b"), "&amp", "", 2, 0));
        return topics;
    }

    private static List<Note> notes(int count, List<Topic> topics, Random random) {
        var notes = new ArrayList<Note>();
        var ids = new HashSet<NoteId>();
        for (int i = 0; i < count; i++) {
            NoteId id;
            do {
                id = NoteId.random(random);
            } while (!ids.add(id));
            var title = switch (i % 7) {
                case 0 -> ODD.get(random.nextInt(ODD.size()));
                case 1 -> ODD.get(random.nextInt(ODD.size())) + " " + i;
                case 2 -> "GAN";
                case 3 -> "gan";
                case 4 -> "论文".repeat(1 + random.nextInt(200));
                case 5 -> "Tokens-to-Token ViT: " + ODD.get(random.nextInt(ODD.size()));
                default -> "Paper " + i;
            };
            var tags = new ArrayList<String>();
            for (int t = random.nextInt(4); t > 0; t--) {
                var tag = ODD.get(random.nextInt(ODD.size())).replace("#", "h").strip();
                if (tags.stream().noneMatch(tag::equalsIgnoreCase)) {
                    tags.add(tag);
                }
            }
            var aliases = random.nextInt(3) == 0
                    ? List.of(ODD.get(random.nextInt(ODD.size())) + " alias")
                    : List.<String>of();
            var links = random.nextBoolean()
                    ? PaperLinks.NONE
                    : new PaperLinks(
                            Optional.of("https://arxiv.org/abs/2106.09680"),
                            Optional.of("https://github.com/a/b?x=1#y"),
                            Optional.of("2106.0968" + random.nextInt(10)),
                            Optional.of("10.1109/CVPR.2016.9" + i),
                            Optional.of(1990 + random.nextInt(40)),
                            Optional.of(ODD.get(random.nextInt(ODD.size()))));
            var created = Instant.ofEpochMilli(946_684_800_000L + (long) (random.nextDouble() * 946_684_800_000L));
            var updated = created.plusMillis(random.nextInt(1_000_000_000));
            notes.add(new Note(
                    id,
                    title,
                    topics.get(random.nextInt(topics.size())).path(),
                    tags,
                    aliases,
                    links,
                    body(i, random),
                    created,
                    updated));
        }
        return notes;
    }

    private static String body(int i, Random random) {
        return switch (i % 9) {
            case 0 -> "";
            case 1 -> "\n\nstarts with empty lines";
            case 2 -> "---\ntitle: not front matter\n---\n\nbody after dashes";
            case 3 ->
                "中文 with English, 换脸 #notatag `code` $x^2$\n\n```yaml\nkey: value\n```\ntrailing spaces   \n\ttab";
            case 4 -> "no newline at the end 😀";
            case 5 -> "line\n".repeat(2000 + random.nextInt(2000));
            case 6 -> i % 90 == 6 ? "长".repeat(100_000) : "# Heading\n\n" + "段落 paragraph. ".repeat(200);
            case 7 -> "[[GAN]] and [link](note:k3v9x2mq) ![img](attachments/missing.png)\n";
            default -> "a: b\n#x\n*y\n&z\n!w\n";
        };
    }

    static Map<String, String> files(Path root) throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
