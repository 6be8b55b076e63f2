package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.InvalidInputException;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.PaperLinks;
import papernotes.model.TopicPath;

/// `papernotes export --format markdown DIR`: the library as a folder per topic and a file per note, in the layout
/// of the repository's `notes/`, with names every operating system accepts, written whole or not at all.
class VaultExportTest {

    @TempDir
    Path dir;

    private static Set<String> paths(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theShippedNotesBecomeAFolderPerTopicAndAFilePerNote() throws IOException {
        var out = dir.resolve("vault");
        try (var library = TestLibrary.shipped(dir.resolve("data"))) {
            var report = library.vaultExport().export(out);
            assertEquals(new ExportReport(out, 27, 6, 0), report);
        }
        var files = paths(out);
        assertEquals(27 + 6 + 1, files.size(), files.toString());
        assertTrue(files.contains("_library.md"));
        assertTrue(files.contains("Face Swap/_topic.md"));
        assertTrue(files.contains("Face Swap/FSGAN.md"));
        assertTrue(files.contains("3D Face Reconstruction/帝国理工组/_topic.md"));
        assertTrue(files.contains("3D Face Reconstruction/帝国理工组/GANFit & Fast-GANFit.md"));
        var fsgan = Files.readString(out.resolve("Face Swap/FSGAN.md"));
        assertTrue(fsgan.startsWith("---\nid: 28qtk96p\ntitle: FSGAN\ntopic: Face Swap\ntags:\n"), fsgan);
        assertEquals(
                "---\nkind: topic\ntitle: Face Swap\nname_zh: 换脸\norder: 1\n---\n",
                Files.readString(out.resolve("Face Swap/_topic.md")));
        assertEquals("---\nkind: library\ntitle: 2021年论文阅读笔记合集\n---\n", Files.readString(out.resolve("_library.md")));
    }

    @Test
    void notesInTheTrashAreLeftOut() throws IOException {
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var kept = test.notes().create(NoteDraft.of("Kept", TopicPath.of("A"), "x"));
            var trashed = test.notes().create(NoteDraft.of("Trashed", TopicPath.of("A"), "y"));
            test.notes().trash(trashed.id());
            assertEquals(
                    1, test.library().vaultExport().export(dir.resolve("out")).notes());
            assertEquals(Set.of("_library.md", "A/_topic.md", "A/Kept.md"), paths(dir.resolve("out")));
            assertTrue(Files.readString(dir.resolve("out/A/Kept.md")).contains("id: " + kept.id()));
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        var out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.notes().create(NoteDraft.of("Note", TopicPath.of("A"), "x"));
            var error = assertThrows(
                    InvalidInputException.class,
                    () -> test.library().vaultExport().export(out));
            assertEquals(
                    out.toAbsolutePath() + " is not empty; export into a new or empty folder.", error.getMessage());
            var file = Files.writeString(dir.resolve("file.md"), "");
            error = assertThrows(
                    InvalidInputException.class,
                    () -> test.library().vaultExport().export(file));
            assertEquals(file.toAbsolutePath() + " is a file; export into a new or empty folder.", error.getMessage());
        }
        assertEquals(Set.of("mine.txt"), paths(out));
        try (var siblings = Files.list(dir)) {
            assertEquals(
                    Set.of("out", "data", "file.md"),
                    siblings.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "no half-written folder left beside it");
        }
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        var out = Files.createDirectories(dir.resolve("out"));
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            test.notes().create(NoteDraft.of("Note", TopicPath.of("A"), "x"));
            test.library().vaultExport().export(out);
        }
        assertEquals(Set.of("_library.md", "A/_topic.md", "A/Note.md"), paths(out));
    }

    @Test
    void namesThatClashOrThatAnOperatingSystemReservesAreMadeSafe() throws IOException {
        String id;
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var topic = TopicPath.of("A");
            id = test.notes().create(NoteDraft.of("GAN", topic, "1")).id().value();
            var lower =
                    test.notes().create(NoteDraft.of("gan", topic, "2")).id().value();
            test.notes().create(NoteDraft.of("CON", topic, "3"));
            test.notes().create(NoteDraft.of("what: a/b?", topic, "4"));
            var reserved =
                    test.notes().create(NoteDraft.of("_topic", topic, "5")).id().value();
            test.notes().create(NoteDraft.of("trailing dots...", topic, "6"));
            test.notes().create(NoteDraft.of("x".repeat(300), topic, "7"));
            test.topics().create(TopicPath.of("a:b"), "");
            test.topics().create(TopicPath.of("a_b"), "");
            test.topics().create(TopicPath.of("attachments"), "");
            test.topics().create(TopicPath.of(".hidden"), "");
            test.library().vaultExport().export(dir.resolve("out"));
            assertEquals(
                    new TreeSet<>(List.of(
                            "_library.md",
                            "A/_topic.md",
                            "A/GAN (" + id + ").md",
                            "A/gan (" + lower + ").md",
                            "A/CON_.md",
                            "A/what_ a_b_.md",
                            "A/_topic (" + reserved + ").md",
                            "A/trailing dots.md",
                            "A/" + "x".repeat(80) + ".md",
                            "a_b/_topic.md",
                            "a_b (2)/_topic.md",
                            "attachments (2)/_topic.md",
                            "_hidden/_topic.md")),
                    paths(dir.resolve("out")));
        }
        var clash = Files.readString(dir.resolve("out/A/GAN (" + id + ").md"));
        assertTrue(clash.contains("\ntitle: GAN\n"), clash);
    }

    @Test
    void theImagesNotesShowAreCopiedAndNothingOutsideTheAttachmentsFolder() throws IOException {
        var data = dir.resolve("data");
        try (var test = TestLibrary.empty(data)) {
            var attachments = Files.createDirectories(data.resolve("attachments"));
            Files.write(attachments.resolve("a.png"), new byte[] {1, 2, 3});
            Files.write(attachments.resolve("unused.png"), new byte[] {4});
            Files.writeString(data.resolve("secret.png"), "secret");
            test.notes().create(NoteDraft.of("Images", TopicPath.of("A"), """
                    ![shown](attachments/a.png) ![again](a.png) ![web](https://example.org/x.png)
                    ![escape](../secret.png) ![escape](attachments/../secret.png) ![missing](attachments/none.png)
                    """));
            assertEquals(
                    1, test.library().vaultExport().export(dir.resolve("out")).attachments());
        }
        assertEquals(
                Set.of("_library.md", "A/_topic.md", "A/Images.md", "attachments/a.png"), paths(dir.resolve("out")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("out/attachments/a.png")));
    }

    /// Any Markdown viewer (not only Obsidian, which looks from the vault's top) finds the images: a note's links to
    /// its attachments are written relative to the note's own folder.
    @Test
    void imageLinksAreRelativeToTheNotesOwnFolder() throws IOException {
        var data = dir.resolve("data");
        try (var test = TestLibrary.empty(data)) {
            var attachments = Files.createDirectories(data.resolve("attachments"));
            Files.write(attachments.resolve("架构 图.png"), new byte[] {1, 2, 3});
            test.notes()
                    .create(NoteDraft.of(
                            "Deep",
                            TopicPath.parse("A / B"),
                            "![图](attachments/%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png) ![同](<架构 图.png>)\n"
                                    + "<img src=\"attachments/架构 图.png\" style=\"zoom:50%\" /> ![web](https://example.org/x.png)\n"
                                    + "[PDF](attachments/paper.pdf)\n"));
            Files.writeString(attachments.resolve("paper.pdf"), "%PDF-1.4");
            test.library().vaultExport().export(dir.resolve("out"));
        }
        var note = dir.resolve("out/A/B/Deep.md");
        var text = Files.readString(note);
        assertTrue(
                text.contains("![图](../../attachments/架构%20图.png) ![同](<../../attachments/架构%20图.png>)\n"
                        + "<img src=\"../../attachments/架构%20图.png\" style=\"zoom:50%\" />"
                        + " ![web](https://example.org/x.png)\n[PDF](../../attachments/paper.pdf)"),
                text);
        assertTrue(Files.isRegularFile(dir.resolve("out/attachments/paper.pdf")), "a linked file goes along");
        assertTrue(Files.isRegularFile(
                note.getParent().resolve("../../attachments/架构 图.png").normalize()));
        try (var again = TestLibrary.empty(dir.resolve("again"))) {
            again.library().vaultImport().apply(dir.resolve("out"));
            var body = again.notes()
                    .get(again.notes().list(NoteFilter.ALL).getFirst().id())
                    .note()
                    .body();
            assertTrue(
                    body.startsWith("![图](attachments/架构%20图.png) ![同](<attachments/架构%20图.png>)\n"
                            + "<img src=\"attachments/架构%20图.png\""),
                    "read back from the library's attachments: " + body);
        }
    }

    @Test
    void theSameLibraryGivesTheSameBytesEveryTime() throws IOException {
        try (var library = TestLibrary.shipped(dir.resolve("data"))) {
            library.vaultExport().export(dir.resolve("one"));
            library.vaultExport().export(dir.resolve("two"));
        }
        assertEquals(VaultRoundTripTest.files(dir.resolve("one")), VaultRoundTripTest.files(dir.resolve("two")));
    }

    @Test
    void paperFieldsAndAliasesAreWritten() throws IOException {
        try (var test = TestLibrary.empty(dir.resolve("data"))) {
            var links = new PaperLinks(
                    Optional.of("https://arxiv.org/abs/2106.09685"),
                    Optional.of("https://github.com/x/y"),
                    Optional.of("2106.09685"),
                    Optional.of("10.1109/CVPR.2016.90"),
                    Optional.of(2021),
                    Optional.of("ICLR"));
            test.notes()
                    .create(new NoteDraft(
                            Optional.empty(),
                            "LoRA",
                            TopicPath.of("A"),
                            List.of("on", "2021"),
                            List.of("Low-Rank Adaptation"),
                            links,
                            "正文"));
            test.library().vaultExport().export(dir.resolve("out"));
        }
        var text = Files.readString(dir.resolve("out/A/LoRA.md"));
        var yaml = text.substring(0, text.indexOf("created:"));
        assertTrue(yaml.endsWith("""
                title: LoRA
                topic: A
                tags:
                  - "on"
                  - "2021"
                aliases:
                  - Low-Rank Adaptation
                paper: https://arxiv.org/abs/2106.09685
                code: https://github.com/x/y
                arxiv: "2106.09685"
                doi: 10.1109/CVPR.2016.90
                year: 2021
                venue: ICLR
                """), yaml);
        assertFalse(text.contains("order:"));
        assertTrue(text.endsWith("---\n\n正文"), text);
    }
}
