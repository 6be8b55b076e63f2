package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import papernotes.TestLibrary;
import papernotes.interchange.ZipLimits;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.TopicPath;

/// Bad backups and BibTeX files: each is refused with one sentence that names the file (and the line, where the
/// problem is inside the JSON document or the .bib file), and `library.db` is byte for byte what it was.
@Tag("slow")
class MalformedImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /// Small enough for a test to exceed with a few entries; the other limits are the real ones.
    private static final ZipLimits LIMITS = new ZipLimits(40, 1L << 30, 2L << 30, 100, 1L << 20);

    @TempDir
    Path dir;

    /// A minimal valid backup document, as the mutable maps a case changes.
    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("format", "papernotes-backup");
        doc.put("schemaVersion", 1);
        doc.put("appVersion", "test");
        doc.put("meta", new LinkedHashMap<>(Map.of("title", "Papers")));
        var topics = new ArrayList<Object>();
        topics.add(new LinkedHashMap<>(
                Map.of("id", 1, "name", "Face Swap", "nameZh", "换脸", "description", "", "position", 1)));
        topics.add(new LinkedHashMap<>(
                Map.of("id", 2, "parent", 1, "name", "GAN", "nameZh", "", "description", "", "position", 1)));
        doc.put("topics", topics);
        var notes = new ArrayList<Object>();
        notes.add(note("k3v9x2mq", "FaceShifter", 1));
        notes.add(note("69582vnt", "GFPGAN", 2));
        doc.put("notes", notes);
        var revisions = new ArrayList<Object>();
        var revision = new LinkedHashMap<String, Object>();
        revision.put("note", "k3v9x2mq");
        revision.put("number", 1);
        revision.put("title", "FaceShifter (draft)");
        revision.put("topic", "Face Swap");
        revision.put("tags", List.of("face-swap"));
        revision.put("body", "draft");
        revision.put("saved", "2026-01-01T00:00:00.000Z");
        revisions.add(revision);
        doc.put("revisions", revisions);
        doc.put("attachments", new ArrayList<>());
        return doc;
    }

    private static Map<String, Object> note(String id, String title, int topic) {
        var note = new LinkedHashMap<String, Object>();
        note.put("id", id);
        note.put("title", title);
        note.put("topic", topic);
        note.put("tags", new ArrayList<>(List.of("face-swap")));
        note.put("aliases", new ArrayList<>());
        note.put("body", "正文 " + title);
        note.put("created", "2026-01-01T00:00:00.000Z");
        note.put("updated", "2026-01-02T00:00:00.000Z");
        return note;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Map<String, Object> doc) {
        return (Map<String, Object>) doc.get("meta");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> doc, String list) {
        return (Map<String, Object>) ((List<Object>) doc.get(list)).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> doc, String list) {
        return (List<Object>) doc.get(list);
    }

    private static byte[] json(Map<String, Object> doc) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Function<Path, byte[]> jsonCase(Consumer<Map<String, Object>> change) {
        return dir -> {
            var doc = document();
            change.accept(doc);
            return zip(Map.of("papernotes-backup.json", json(doc)));
        };
    }

    private static Function<Path, byte[]> rawJsonCase(Function<String, byte[]> change) {
        return dir -> zip(
                Map.of("papernotes-backup.json", change.apply(new String(json(document()), StandardCharsets.UTF_8))));
    }

    private static Function<Path, byte[]> entriesCase(Function<byte[], Map<String, byte[]>> entries) {
        return dir -> zip(entries.apply(json(document())));
    }

    /// A zip of `entries` in the given order (deflated).
    static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> ordered(Object... nameThenBytes) {
        var map = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            map.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return map;
    }

    /// name, how to make the file, whether the message names a line
    static Stream<Arguments> backups() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        return Stream.of(
                Arguments.of(
                        "truncated JSON",
                        rawJsonCase(text -> text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8)),
                        true),
                Arguments.of(
                        "a JSON array, not an object",
                        rawJsonCase(text -> "[1, 2]".getBytes(StandardCharsets.UTF_8)),
                        true),
                Arguments.of(
                        "a title that is a number",
                        jsonCase(doc -> first(doc, "notes").put("title", 42)),
                        true),
                Arguments.of(
                        "tags that are a text",
                        jsonCase(doc -> first(doc, "notes").put("tags", "a, b")),
                        true),
                Arguments.of(
                        "a topic id that is a text",
                        jsonCase(doc -> first(doc, "topics").put("id", "one")),
                        true),
                Arguments.of("an unknown schema version", jsonCase(doc -> doc.put("schemaVersion", 5)), true),
                Arguments.of(
                        "a note listing a file the backup does not hold",
                        jsonCase(doc -> first(doc, "notes")
                                .put(
                                        "files",
                                        List.of(Map.of(
                                                "stored",
                                                "00112233445566778899aabbccddeeff.pdf",
                                                "fileName",
                                                "fsgan.pdf",
                                                "bytes",
                                                3)))),
                        true),
                Arguments.of(
                        "a note listing a file without its name",
                        jsonCase(doc -> first(doc, "notes")
                                .put(
                                        "files",
                                        List.of(Map.of("stored", "00112233445566778899aabbccddeeff.pdf", "bytes", 3)))),
                        true),
                Arguments.of("another format", jsonCase(doc -> doc.put("format", "joplin-export")), true),
                Arguments.of("no format", jsonCase(doc -> doc.remove("format")), false),
                Arguments.of(
                        "duplicate note ids",
                        jsonCase(doc -> list(doc, "notes").add(note("k3v9x2mq", "Again", 1))),
                        true),
                Arguments.of(
                        "a revision of an unknown note",
                        jsonCase(doc -> first(doc, "revisions").put("note", "zzzzzzzz")),
                        true),
                Arguments.of(
                        "a note in an unknown topic",
                        jsonCase(doc -> first(doc, "notes").put("topic", 99)),
                        true),
                Arguments.of(
                        "a topic with an unknown parent",
                        jsonCase(doc -> first(doc, "topics").put("parent", 77)),
                        true),
                Arguments.of(
                        "topics that are each other's parent",
                        jsonCase(doc -> first(doc, "topics").put("parent", 2)),
                        true),
                Arguments.of(
                        "a date without a time",
                        jsonCase(doc -> first(doc, "notes").put("created", "2026-01-01")),
                        true),
                Arguments.of(
                        "an impossible date",
                        jsonCase(doc -> first(doc, "notes").put("updated", "2026-02-30T00:00:00.000Z")),
                        true),
                Arguments.of(
                        "updated before created",
                        jsonCase(doc -> first(doc, "notes").put("updated", "2025-01-01T00:00:00.000Z")),
                        true),
                Arguments.of(
                        "a malformed note id",
                        jsonCase(doc -> first(doc, "notes").put("id", "NOT-AN-ID")),
                        true),
                Arguments.of(
                        "an empty title", jsonCase(doc -> first(doc, "notes").put("title", "  ")), true),
                Arguments.of(
                        "a title of 600 characters",
                        jsonCase(doc -> first(doc, "notes").put("title", "x".repeat(600))),
                        true),
                Arguments.of(
                        "a malformed DOI", jsonCase(doc -> first(doc, "notes").put("doi", "not a doi")), true),
                Arguments.of(
                        "an unknown field", jsonCase(doc -> first(doc, "notes").put("colour", "red")), true),
                Arguments.of(
                        "a field given twice",
                        rawJsonCase(text -> text.replaceFirst(
                                        "\"title\" : \"FaceShifter\"",
                                        "\"title\" : \"FaceShifter\", \"title\" : \"Again\"")
                                .getBytes(StandardCharsets.UTF_8)),
                        true),
                Arguments.of(
                        "invalid UTF-8",
                        rawJsonCase(text -> {
                            var bytes =
                                    text.replace("FaceShifter", "Face#Shifter").getBytes(StandardCharsets.UTF_8);
                            for (int i = 0; i < bytes.length; i++) {
                                if (bytes[i] == '#') {
                                    bytes[i] = (byte) 0xC3;
                                    bytes[i + 1] = (byte) 0x28;
                                }
                            }
                            return bytes;
                        }),
                        true),
                Arguments.of(
                        "nesting 100 levels deep",
                        jsonCase(doc -> {
                            Object deep = "x";
                            for (int i = 0; i < 100; i++) {
                                deep = List.of(deep);
                            }
                            meta(doc).put("deep", deep);
                        }),
                        true),
                Arguments.of(
                        "a meta value that is not a text",
                        jsonCase(doc -> meta(doc).put("n", 5)),
                        true),
                Arguments.of(
                        "zip slip: ../",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "../evil.sh", png)),
                        false),
                Arguments.of(
                        "zip slip: an absolute path",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "/etc/cron.d/evil", png)),
                        false),
                Arguments.of(
                        "zip slip: backslashes",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "attachments\\..\\..\\evil", png)),
                        false),
                Arguments.of(
                        "zip slip: a drive letter",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "C:/Windows/evil", png)),
                        false),
                Arguments.of(
                        "zip slip: .. inside attachments",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "attachments/../../evil", png)),
                        false),
                Arguments.of(
                        "names that differ only by case",
                        entriesCase(json -> ordered(
                                "papernotes-backup.json", json, "attachments/a.png", png, "attachments/A.png", png)),
                        false),
                Arguments.of(
                        "an entry that is not part of a backup",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "notes/x.md", png)),
                        false),
                Arguments.of(
                        "an attachment the document does not list",
                        entriesCase(json -> ordered("papernotes-backup.json", json, "attachments/a.png", png)),
                        false),
                Arguments.of(
                        "a listed attachment that is missing",
                        jsonCase(doc -> list(doc, "attachments")
                                .add(Map.of("name", "a.png", "size", 10, "sha256", "0".repeat(64)))),
                        false),
                Arguments.of(
                        "an attachment whose content differs",
                        entriesCase(json -> {
                            var doc = document();
                            list(doc, "attachments").add(Map.of("name", "a.png", "size", 10, "sha256", "0".repeat(64)));
                            return ordered("papernotes-backup.json", json(doc), "attachments/a.png", png);
                        }),
                        false),
                Arguments.of(
                        "a zip bomb in the document",
                        rawJsonCase(text -> (text + " ".repeat(30 << 20)).getBytes(StandardCharsets.UTF_8)),
                        false),
                Arguments.of(
                        "a zip bomb in an attachment",
                        entriesCase(json -> {
                            var doc = document();
                            list(doc, "attachments")
                                    .add(Map.of("name", "bomb.png", "size", 64 << 20, "sha256", "0".repeat(64)));
                            return ordered(
                                    "papernotes-backup.json", json(doc), "attachments/bomb.png", new byte[64 << 20]);
                        }),
                        false),
                Arguments.of(
                        "too many entries",
                        entriesCase(json -> {
                            var entries = ordered("papernotes-backup.json", json);
                            for (int i = 0; i < 50; i++) {
                                entries.put("attachments/f" + i + ".png", png);
                            }
                            return entries;
                        }),
                        false),
                Arguments.of("no document", entriesCase(json -> ordered("attachments/a.png", png)), false),
                Arguments.of(
                        "a text file, not a zip",
                        (Function<Path, byte[]>) d -> "hello, I am not a zip".getBytes(StandardCharsets.UTF_8),
                        false),
                Arguments.of("an empty file", (Function<Path, byte[]>) d -> new byte[0], false),
                Arguments.of(
                        "a zip cut short",
                        (Function<Path, byte[]>) d -> {
                            var whole = zip(Map.of("papernotes-backup.json", json(document())));
                            return Arrays.copyOf(whole, whole.length / 2);
                        },
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backups")
    void badBackup_isRefusedNamingTheFile_andLeavesTheLibraryAsItWas(
            String name, Function<Path, byte[]> content, boolean hasLine) throws Exception {
        var data = dir.resolve("data");
        TestLibrary.empty(data).close();
        var before = hash(data.resolve("library.db"));
        var file = dir.resolve("bad backup.zip");
        Files.write(file, content.apply(dir));

        var error = assertThrows(PaperNotesException.class, () -> {
            try (var library = TestLibrary.empty(data)) {
                var notes = new NoteService(library.store(), library.clock(), new Random(1));
                new JsonBackupService(library.store(), notes, ChangeListener.NONE, "test", LIMITS)
                        .importFrom(file, ImportMode.APPLY);
            }
        });

        var message = error.getMessage();
        assertTrue(message.contains(file.toString()), "names the file: " + message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.endsWith("."), "one sentence: " + message);
        if (hasLine) {
            assertTrue(message.matches(".*papernotes-backup\\.json line \\d+: .*"), "names the line: " + message);
        }
        assertEquals(before, hash(data.resolve("library.db")), "library.db unchanged");
        try (var stream = Files.list(data)) {
            assertEquals(
                    List.of(),
                    stream.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".import-"))
                            .toList(),
                    "no staging folder left");
        }
        assertTrue(Files.notExists(dir.resolve("evil.sh")) && Files.notExists(data.resolve("evil.sh")));
    }

    static Stream<Arguments> bibtexFiles() {
        return Stream.of(
                Arguments.of(
                        "unbalanced braces",
                        "@article{ok,\n  title = {Fine}\n}\n@article{a,\n  title = {Open {brace},\n  year = 2021\n}\n",
                        4),
                Arguments.of(
                        "an entry without a title",
                        "@article{ok,\n  title = {Fine}\n}\n\n@article{untitled,\n  year = 2020\n}\n",
                        5),
                Arguments.of("an empty title", "@article{blank,\n  title = {  }\n}\n", 1),
                Arguments.of("a key used twice", "@article{same,\n title = {A}\n}\n@misc{SAME,\n title = {B}\n}\n", 4),
                Arguments.of(
                        "a year that is not a year", "\n\n@article{y,\n  title = {T},\n  year = {in press}\n}\n", 3),
                Arguments.of("a malformed DOI", "@article{d,\n  title = {T},\n  doi = {not a doi}\n}\n", 1),
                Arguments.of(
                        "a malformed arXiv id",
                        "@misc{x,\n  title = {T},\n  eprint = {abc},\n  archivePrefix = {arXiv}\n}\n",
                        1),
                Arguments.of("an undefined abbreviation", "@article{m,\n  title = {T},\n  journal = nonsuch\n}\n", 3),
                Arguments.of("a missing comma", "@article{c,\n  title = {T}\n  year = 2021\n}\n", 3),
                Arguments.of("text that is not BibTeX", "Just some notes\nabout papers\n", 0),
                Arguments.of("an entry without a key", "@article{,\n  title = {T}\n}\n", 1),
                Arguments.of(
                        "a title of 600 characters", "@article{long,\n  title = {" + "x".repeat(600) + "}\n}\n", 1),
                Arguments.of(
                        "the same paper twice",
                        "@article{p1,\n title = {A}, doi = {10.1000/xyz}\n}\n@article{p2,\n title = {B}, doi = {10.1000/XYZ}\n}\n",
                        4),
                Arguments.of("invalid UTF-8", null, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bibtexFiles")
    void badBibtex_isRefusedNamingTheFileAndLine_andLeavesTheLibraryAsItWas(String name, String text, int line)
            throws Exception {
        var data = dir.resolve("data");
        try (var library = TestLibrary.empty(data)) {
            library.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "GFPGAN",
                            TopicPath.of("Super Resolution"),
                            List.of("gan"),
                            List.of(),
                            new PaperLinks(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of("10.1000/xyz"),
                                    Optional.of(2021),
                                    Optional.empty()),
                            "body"));
            library.notes()
                    .edit(library.notes().resolve("GFPGAN"), NoteChanges.none().withBody("body 2"));
        }
        var before = hash(data.resolve("library.db"));
        var file = dir.resolve("refs.bib");
        if (text == null) {
            Files.write(
                    file,
                    new byte[] {'@', 'a', '{', 'k', ',', 't', 'i', 't', 'l', 'e', '=', '{', (byte) 0xE9, '}', '}'});
        } else {
            Files.writeString(file, text);
        }

        for (var mode : ImportMode.values()) {
            var error = assertThrows(PaperNotesException.class, () -> {
                try (var library = TestLibrary.empty(data)) {
                    library.library().bibtex().importFrom(file, Optional.empty(), mode);
                }
            });
            var message = error.getMessage();
            assertTrue(message.contains(file.toString()), "names the file: " + message);
            assertEquals(1, message.lines().count(), message);
            if (line > 0) {
                assertTrue(message.contains(file + " line " + line + ": "), "names line " + line + ": " + message);
            }
        }
        assertEquals(before, hash(data.resolve("library.db")), "library.db unchanged");
    }

    static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
