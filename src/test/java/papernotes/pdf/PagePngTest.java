package papernotes.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A picture of one page, for the window that shows it.
class PagePngTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path folder;

    private static BufferedImage image(byte[] png) {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLetterPageAt72DpiIs612PixelsWide() {
        var file = Pdfs.text(folder.resolve("paper.pdf"), "A page to look at", "Another");
        var image = image(new PdfTexts(folder).pagePng(file, 2, 72));
        assertEquals(612, image.getWidth());
        assertEquals(792, image.getHeight());
        assertEquals(1224, image(new PdfTexts(folder).pagePng(file, 1, 144)).getWidth());
    }

    @Test
    void aPageThatIsNotThereIsRefused() {
        var file = Pdfs.text(folder.resolve("paper.pdf"), "One", "Two", "Three");
        var texts = new PdfTexts(folder);
        assertEquals(
                "paper.pdf has 3 pages; there is no page 4.",
                assertThrows(PdfException.class, () -> texts.pagePng(file, 4, 72))
                        .getMessage());
        assertThrows(PdfException.class, () -> texts.pagePng(file, 0, 72));
    }

    /// A page of 5 by 5 metres (the most PDF allows) at 300 dpi would be 59,000 pixels wide.
    @Test
    void aHugePageIsDrawnSmallerAndExtremeDpisAreBounded() {
        var file = Pdfs.make(folder.resolve("poster.pdf"), document -> {
            document.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
        });
        var image = image(new PdfTexts(folder).pagePng(file, 1, 10_000));
        assertTrue((long) image.getWidth() * image.getHeight() <= PdfLimits.DEFAULT.maxPixels(), image.toString());
        var tiny = Pdfs.text(folder.resolve("tiny.pdf"), "Small");
        assertEquals(306, image(new PdfTexts(folder).pagePng(tiny, 1, 1)).getWidth(), "36 dpi at the least");
    }
}
