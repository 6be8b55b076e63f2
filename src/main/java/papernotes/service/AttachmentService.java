package papernotes.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import papernotes.model.FileMoves;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperNotesException;

/// Images kept with the library in `<data>/attachments/`, named by their content (the same image pasted twice is
/// stored once) and written whole or not at all. Notes show them with `![](attachments/NAME)`.
public final class AttachmentService {

    private final Path folder;

    public AttachmentService(Path dataDir) {
        this.folder = dataDir.resolve("attachments");
    }

    /// Stores a PNG, JPEG, GIF or WebP image (recognised by its content) and returns the link a note uses for it,
    /// `attachments/1f3a….png`.
    public String store(byte[] image) {
        var type = RenderService.imageType(image)
                .orElseThrow(() -> new InvalidInputException("Only PNG, JPEG, GIF and WebP images can be attached."));
        if (image.length > RenderService.MAX_IMAGE_BYTES) {
            throw new InvalidInputException("The image is larger than " + RenderService.MAX_IMAGE_BYTES / (1024 * 1024)
                    + " MB and cannot be attached.");
        }
        var name = digest(image) + "." + (type.equals("jpeg") ? "jpg" : type);
        var target = folder.resolve(name);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == image.length) {
                return "attachments/" + name;
            }
            Files.createDirectories(folder);
            var temporary = Files.createTempFile(folder, ".paste-", ".tmp");
            try {
                Files.write(temporary, image);
                FileMoves.replace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return "attachments/" + name;
        } catch (IOException e) {
            throw new PaperNotesException("Cannot store the image in " + folder + ": " + e.getMessage() + ".", e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
