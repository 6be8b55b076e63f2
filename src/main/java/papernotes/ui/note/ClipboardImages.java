package papernotes.ui.note;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javax.imageio.ImageIO;
import papernotes.model.PaperNotesException;

/// Pasting an image into the editor: an image on the clipboard (a screenshot) is stored as PNG, an image file
/// copied in a file manager as it is; either way the editor gets `![](attachments/…)` to insert.
public final class ClipboardImages implements MarkdownEditor.ImagePaste {

    private final Function<byte[], String> store;
    private final Consumer<String> problem;

    /// `store` keeps the bytes and answers the link; `problem` hears why an image could not be pasted.
    public ClipboardImages(Function<byte[], String> store, Consumer<String> problem) {
        this.store = store;
        this.problem = problem;
    }

    @Override
    public Optional<String> paste(Clipboard clipboard) {
        try {
            if (clipboard.hasFiles()) {
                for (var file : clipboard.getFiles()) {
                    var name = file.getName().toLowerCase(Locale.ROOT);
                    if (name.matches(".*\\.(png|jpe?g|gif|webp)")) {
                        return Optional.of(markdown(store.apply(Files.readAllBytes(file.toPath()))));
                    }
                }
            }
            if (clipboard.hasImage()) {
                return Optional.of(markdown(store.apply(png(clipboard.getImage()))));
            }
        } catch (IOException | PaperNotesException e) {
            problem.accept(e.getMessage());
            return Optional.of("");
        }
        return Optional.empty();
    }

    private static String markdown(String link) {
        return "![](" + link + ")";
    }

    /// The image as PNG bytes (through `java.desktop`'s encoder; no AWT window is involved).
    static byte[] png(Image image) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", out);
        return out.toByteArray();
    }
}
