package papernotes.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reading the text of a PDF, page by page, as PDFBox finds it; every PDF is made here with PDFBox.
class PdfTextsTest {

    @TempDir
    Path folder;

    private PdfTexts texts() {
        return new PdfTexts(folder);
    }

    private List<String> pages(Path file) {
        return assertInstanceOf(PdfContent.Pages.class, texts().read(file)).pages();
    }

    @Test
    void eachPageGivesItsOwnTextInOrder() {
        var file = Pdfs.text(
                folder.resolve("paper.pdf"),
                "Attention is all you need\nThe dominant sequence transduction models",
                "Scaled dot-product attention computes a weighted sum",
                "We trained on the WMT 2014 English-German dataset");
        var pages = pages(file);
        assertEquals(3, pages.size());
        assertEquals("Attention is all you need\nThe dominant sequence transduction models", pages.get(0));
        assertTrue(pages.get(1).contains("dot-product"), pages.get(1));
        assertFalse(pages.get(0).contains("dot-product") || pages.get(2).contains("dot-product"));
        assertEquals(3, texts().pageCount(file));
    }

    @Test
    void theScratchFolderIsMadeWhenMissingSoPdfboxNeverFallsBackToMemory() {
        var file = Pdfs.text(folder.resolve("paper.pdf"), "Attention is all you need, scratch files and all");
        var scratch = folder.resolve("cache").resolve("pdf");
        assertEquals(
                1,
                assertInstanceOf(PdfContent.Pages.class, new PdfTexts(scratch).read(file))
                        .pages()
                        .size());
        assertTrue(Files.isDirectory(scratch));
    }

    @Test
    void aPageWithoutTextGivesTheEmptyString() {
        var file = Pdfs.make(folder.resolve("figures.pdf"), document -> {
            for (int i = 1; i <= 4; i++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                switch (i) {
                    case 2 -> {} // blank: no content at all
                    case 3 -> Pdfs.picture(document, page);
                    default -> Pdfs.lines(document, page, Pdfs.HELVETICA, 72, List.of("Text on page " + i));
                }
            }
        });
        assertEquals(List.of("Text on page 1", "", "", "Text on page 4"), pages(file));
    }

    @Test
    void aScanHasNoText() {
        var file = Pdfs.make(folder.resolve("scan.pdf"), document -> {
            for (int i = 0; i < 2; i++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                Pdfs.picture(document, page);
            }
        });
        assertEquals(new PdfContent.NoText(2), texts().read(file));
    }

    @Test
    void twoColumnsAreReadColumnByColumn() {
        var file = Pdfs.make(folder.resolve("two-columns.pdf"), document -> {
            var page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            Pdfs.lines(document, page, Pdfs.HELVETICA, 72, List.of("Left column first line", "left second line"));
            Pdfs.lines(document, page, Pdfs.HELVETICA, 320, List.of("Right column first line", "right second line"));
        });
        var text = pages(file).getFirst();
        assertTrue(text.indexOf("left second line") < text.indexOf("Right column first line"), text);
    }

    @Test
    void chineseInANonEmbeddedFontIsReadThroughItsPredefinedCMap() {
        var file = Pdfs.make(folder.resolve("中文.pdf"), document -> {
            Pdfs.handWritten(
                    document,
                    Pdfs.songti("UniGB-UCS2-H"),
                    "BT /F1 24 Tf 72 700 Td " + Pdfs.hex("超分辨率", "UTF-16BE") + " Tj 0 -30 Td "
                            + Pdfs.hex("换脸", "UTF-16BE") + " Tj ET");
            Pdfs.handWritten(
                    document,
                    Pdfs.songti("GBK-EUC-H"),
                    "BT /F1 24 Tf 72 700 Td " + Pdfs.hex("图像超分辨率与换脸检测方法研究综述", "GBK") + " Tj ET");
        });
        var pages = pages(file);
        assertEquals("超分辨率\n换脸", pages.get(0));
        assertEquals("图像超分辨率与换脸检测方法研究综述", pages.get(1));
    }

    /// PDFBox passes the codes of a simple font it cannot map on as characters: here control characters, as from
    /// the bitmap fonts of old TeX. (A composite font's unmapped codes give nothing at all, and PDFBox looks an
    /// embedded TrueType font's own cmap up before it gives up, so it is hard to make one that gives nothing.)
    @Test
    void aFontWithoutUnicodeMapGivesNoText() {
        var file = Pdfs.make(folder.resolve("unmapped.pdf"), document -> {
            var codes = new StringBuilder("<");
            for (int page = 0; page < 2; page++) {
                for (int code = 1; code <= 20; code++) {
                    codes.append("%02X".formatted(code));
                }
                Pdfs.handWritten(document, Pdfs.type3(document, 20), "BT /F1 12 Tf 72 700 Td " + codes + "> Tj ET");
            }
        });
        assertEquals(new PdfContent.NoText(2), texts().read(file));
    }
}
