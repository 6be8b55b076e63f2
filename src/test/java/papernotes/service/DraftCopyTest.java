package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.interchange.FrontMatter;
import papernotes.model.PaperNotesException;

/// A copy of a draft saved outside the library is a Markdown file with the note's title, topic and tags as front
/// matter and the body exactly as typed; it replaces the file whole, and a place it cannot be written to is said in
/// one sentence.
class DraftCopyTest {

    @TempDir
    Path dir;

    private final DraftCopy copies = new DraftCopy();
    private final DraftCopy.Draft draft = new DraftCopy.Draft(
            "GPEN: 超分", "Super Resolution / 人脸", List.of("gan", "超分"), "# GPEN\n\n基于stylegan2,arcface提取id特征\n未保存的一行");

    @Test
    void theCopyReadsBackAsTheNoteAsTyped() {
        var file = dir.resolve("GPEN.md");
        copies.save(draft, file);
        var matter = FrontMatter.parse(readString(file), "GPEN.md");
        assertEquals(Optional.of("GPEN: 超分"), matter.text("title"));
        assertEquals(Optional.of("Super Resolution / 人脸"), matter.text("topic"));
        assertEquals(List.of("gan", "超分"), matter.list("tags"));
        assertEquals(draft.body(), matter.body());
    }

    @Test
    void anExistingFileIsReplacedWhole_andNothingIsLeftBeside() throws Exception {
        var file = dir.resolve("GPEN.md");
        Files.writeString(file, "old text that is longer than the new one ".repeat(100));
        copies.save(draft, file);
        assertTrue(readString(file).endsWith(draft.body()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFolderThatDoesNotExist_isSaidInOneSentence() {
        var file = dir.resolve("gone").resolve("GPEN.md");
        var refused = assertThrows(PaperNotesException.class, () -> copies.save(draft, file));
        assertEquals("Could not save a copy to " + file + ": its folder does not exist.", refused.getMessage());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
