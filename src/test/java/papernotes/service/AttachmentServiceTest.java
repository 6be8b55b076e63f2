package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.InvalidInputException;

/// Pasted images are kept in the attachments folder, named by content, written whole.
class AttachmentServiceTest {

    /// A 1 × 1 PNG.
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    @Test
    void anImageIsStoredOnceByContent_andTheLinkShowsIt() throws Exception {
        var attachments = new AttachmentService(dir);
        var link = attachments.store(PNG);
        assertTrue(link.matches("attachments/[0-9a-f]{16}\\.png"), link);
        assertArrayEquals(PNG, Files.readAllBytes(dir.resolve(link)));
        assertEquals(link, attachments.store(PNG));
        try (var files = Files.list(dir.resolve("attachments"))) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void somethingThatIsNotAnImage_isRefusedInOneSentence() {
        var error = assertThrows(
                InvalidInputException.class,
                () -> new AttachmentService(dir).store("<svg onload=alert(1)>".getBytes()));
        assertEquals("Only PNG, JPEG, GIF and WebP images can be attached.", error.getMessage());
        assertTrue(Files.notExists(dir.resolve("attachments"))
                || dir.resolve("attachments").toFile().list().length == 0);
    }
}
