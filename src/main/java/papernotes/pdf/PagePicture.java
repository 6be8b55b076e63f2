package papernotes.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/// A page drawn by PDFBox's renderer, as PNG. The picture has at most [PdfLimits#maxPixels] pixels and
/// [#MAX_SIDE] on its longer side (a page box of a few metres would otherwise ask for gigabytes); a larger page
/// is drawn smaller. Large images are drawn from a subsample, as PDFBox allows.
final class PagePicture {

    static final int MAX_SIDE = 10_000;

    private PagePicture() {}

    /// Page `index` (0-based) of `document` at `dpi`.
    static byte[] png(PDDocument document, int index, float dpi, PdfLimits limits) throws IOException {
        var page = document.getPage(index);
        var guard = new StreamGuard(limits, true);
        guard.checkObjectStreams(document.getDocument());
        guard.check(page);
        var box = page.getCropBox();
        double width = Math.max(1, Math.abs(box.getWidth()) * dpi / 72);
        double height = Math.max(1, Math.abs(box.getHeight()) * dpi / 72);
        double shrink = Math.min(
                1, Math.min(Math.sqrt(limits.maxPixels() / (width * height)), MAX_SIDE / Math.max(width, height)));
        var renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true);
        var image = renderer.renderImage(index, (float) (dpi / 72 * shrink), ImageType.RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
