package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.TopicPath;

class VaultReaderTest {

    @TempDir
    Path root;

    /// A file as messages name it: the folder's own name first.
    private String name(String file) {
        return root.getFileName() + "/" + file;
    }

    private void write(String file, String text) throws Exception {
        var path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void foldersAreTopicsAndTitlesComeFromFrontMatterHeadingOrFileName() throws Exception {
        write("Face Swap/_topic.md", "---\nkind: topic\ntitle: Face Swap\nname_zh: 换脸\norder: 1\n---\n");
        write("Face Swap/a.md", "---\ntitle: FSGAN\ntags: [gan]\n---\nbody");
        write("Face Swap/Video/b.md", "# 视频换脸\n\ntext");
        write("Face Swap/Video/HifiFace.md", "no heading");
        var vault = new VaultReader().read(root);
        assertEquals(
                List.of("Face Swap", "Face Swap / Video"),
                vault.topics().stream().map(t -> t.path().toString()).toList());
        assertEquals("换脸", vault.topics().getFirst().nameZh());
        assertEquals(
                List.of("FSGAN", "HifiFace", "视频换脸"),
                vault.notes().stream().map(n -> n.title()).toList());
        assertEquals(TopicPath.parse("Face Swap / Video"), vault.notes().get(2).topic());
        assertEquals(Optional.empty(), vault.title());
    }

    @Test
    void duplicateIdsNameBothFiles() throws Exception {
        write("A/x.md", "---\nid: aaaaaaaa\ntitle: X\n---\n");
        write("A/y.md", "---\nid: aaaaaaaa\ntitle: Y\n---\n");
        var error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(
                name("A/y.md") + ", line 2: the id aaaaaaaa is already used by " + name("A/x.md") + ".",
                error.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedWithTheFileName() throws Exception {
        Files.createDirectories(root.resolve("A"));
        Files.write(root.resolve("A/bad.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});
        var error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(name("A/bad.md") + ", line 1: the file is not UTF-8 text.", error.getMessage());
    }

    @Test
    void malformedIdInAPaperNotesVaultIsRefusedWithItsLine() throws Exception {
        write("_library.md", "---\nkind: library\n---\n");
        write("A/x.md", "---\ntitle: X\nid: NOT-AN-ID\n---\n");
        var error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(
                name("A/x.md") + ", line 3: 'id' is not a note id (8 characters such as k3v9x2mq).",
                error.getMessage());
    }

    @Test
    void anEmptyTitleAndABadTagAreRefusedWithTheirLines() throws Exception {
        write("A/x.md", "---\ntitle: \"\"\n---\n");
        var error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(
                name("A/x.md") + ", line 2: 'title' is empty; give the note a title or leave the key out.",
                error.getMessage());
        write("A/x.md", "---\ntitle: X\ntags: [\"a\\nb\"]\n---\n");
        error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(
                true,
                error.getMessage().startsWith(name("A/x.md") + ", line 3: 'tags': The tag 'a b' contains a line break"),
                error.getMessage());
    }

    @Test
    void paperFieldsAreReadFromFrontMatterKeepingTheArxivIdAsWritten() throws Exception {
        write(
                "A/x.md",
                "---\ntitle: X\narxiv: 2106.09680  # LoRA\ndoi: 10.1109/CVPR.2016.90\nyear: 2021\nvenue: ICLR\n---\n");
        write("A/y.md", "---\ntitle: Y\narxiv: https://arxiv.org/abs/hep-th/9901001v2\nyear: \"1999\"\n---\n");
        var notes = new VaultReader().read(root).notes();
        var x = notes.getFirst().links();
        assertEquals(Optional.of("2106.09680"), x.arxiv());
        assertEquals(Optional.of("10.1109/CVPR.2016.90"), x.doi());
        assertEquals(Optional.of(2021), x.year());
        assertEquals(Optional.of("ICLR"), x.venue());
        assertEquals(Optional.of("hep-th/9901001"), notes.get(1).links().arxiv());
        assertEquals(Optional.of(1999), notes.get(1).links().year());
    }

    @Test
    void aBadYearInFrontMatterNamesTheFile() throws Exception {
        write("A/x.md", "---\ntitle: X\nyear: 1066\n---\n");
        var error = assertThrows(InterchangeException.class, () -> new VaultReader().read(root));
        assertEquals(
                name("A/x.md") + ", line 3: 'year': The year 1066 is not between 1900 and 2100.", error.getMessage());
    }
}
