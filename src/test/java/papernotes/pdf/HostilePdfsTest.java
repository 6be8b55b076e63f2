package papernotes.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// PDFs that are damaged, locked or built to hurt: each ends in one sentence that names the file, or in the text
/// that can be read, and never in an exception of PDFBox's or an exhausted memory.
class HostilePdfsTest {

    @TempDir
    Path folder;

    private PdfException refusal(Path file) {
        return assertThrows(PdfException.class, () -> new PdfTexts(folder).read(file));
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path locked(String userPassword, AccessPermission permissions) {
        var file = Pdfs.text(folder.resolve("locked.pdf"), "Text behind a lock of some kind");
        try (var document = Loader.loadPDF(file.toFile())) {
            var policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            document.protect(policy);
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefused() {
        var file = locked("user-secret", new AccessPermission());
        assertEquals(
                "locked.pdf is protected by a password; its text cannot be read.",
                refusal(file).getMessage());
    }

    @Test
    void aPdfWhoseOwnerForbidsCopyingTextIsReadAll() {
        var permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanExtractForAccessibility(false);
        var file = locked("", permissions);
        var content = new PdfTexts(folder).read(file);
        assertEquals(
                List.of("Text behind a lock of some kind"),
                assertInstanceOf(PdfContent.Pages.class, content).pages());
    }

    @Test
    void anEmptyFileAndRandomBytesAreNoPdfs() {
        assertEquals(
                "empty.pdf is not a readable PDF (the file is empty).",
                refusal(write("empty.pdf", new byte[0])).getMessage());
        var noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        assertEquals(
                "noise.pdf is not a readable PDF (it does not start with %PDF-).",
                refusal(write("noise.pdf", noise)).getMessage());
        var header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, noise, 0, header.length);
        var message = refusal(write("noise-with-header.pdf", noise)).getMessage();
        assertTrue(message.startsWith("noise-with-header.pdf is not a readable PDF ("), message);
        assertEquals(
                "missing.pdf does not exist.",
                refusal(folder.resolve("missing.pdf")).getMessage());
    }

    /// PDFBox rebuilds what it can of a truncated file; either it reads the pages it found or it refuses the file.
    @Test
    void aTruncatedPdfIsReadAsFarAsItGoesOrRefused() throws IOException {
        var whole = Files.readAllBytes(Pdfs.text(
                folder.resolve("whole.pdf"), "First page of a paper", "Second page of a paper", "Third page"));
        for (int length : new int[] {whole.length / 2, whole.length - 40, 20}) {
            var cut = write("cut.pdf", Arrays.copyOf(whole, length));
            try {
                new PdfTexts(folder).read(cut);
            } catch (PdfException e) {
                assertTrue(e.getMessage().startsWith("cut.pdf is not a readable PDF ("), e.getMessage());
            }
        }
    }

    @Test
    void aPageWhoseContentInflatesToAGigabyteIsRefusedInAMoment() {
        var file = Pdfs.make(folder.resolve("bomb.pdf"), document -> {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.getCOSObject().setItem(COSName.CONTENTS, Pdfs.bomb(document));
        });
        var message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(file))
                .getMessage();
        assertEquals(
                "bomb.pdf holds a compressed stream that inflates to more than 128 MB (a decompression bomb?), so it "
                        + "is not read.",
                message);
    }

    /// PDFBox inflates a form in memory, whole, each time a page draws it.
    @Test
    void aFormThatInflatesToAGigabyteIsRefused() {
        var file = Pdfs.make(folder.resolve("form-bomb.pdf"), document -> {
            var form = Pdfs.bomb(document);
            form.setItem(COSName.TYPE, COSName.XOBJECT);
            form.setItem(COSName.SUBTYPE, COSName.FORM);
            var xobjects = new COSDictionary();
            xobjects.setItem(COSName.getPDFName("Fm1"), form);
            var page = Pdfs.handWritten(document, new COSDictionary(), "/Fm1 Do");
            page.getResources().getCOSObject().setItem(COSName.XOBJECT, xobjects);
        });
        var message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(file))
                .getMessage();
        assertTrue(message.startsWith("form-bomb.pdf holds a compressed stream that inflates"), message);
    }

    @Test
    void aBombNoPageUsesIsNeverInflated() {
        var file = Pdfs.make(folder.resolve("unused-bomb.pdf"), document -> {
            Pdfs.lines(document, page(document), Pdfs.HELVETICA, 72, List.of("Only this text is on the page"));
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Junk"), Pdfs.bomb(document));
        });
        var content = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new PdfTexts(folder).read(file));
        assertEquals(
                List.of("Only this text is on the page"),
                assertInstanceOf(PdfContent.Pages.class, content).pages());
    }

    @Test
    void tooManyPagesAndTooMuchTextAreRefused() {
        var file = Pdfs.text(folder.resolve("long.pdf"), "One page of text", "Another page", "And a third one");
        var fewPages = new PdfLimits(1 << 20, 2, 1 << 20, 1 << 20, 1000, 1000, 1_000_000);
        assertEquals(
                "long.pdf has 3 pages; PDFs of up to 2 pages are read.",
                assertThrows(PdfException.class, () -> new PdfTexts(folder, fewPages).read(file))
                        .getMessage());
        var littleText = new PdfLimits(1 << 20, 10, 1 << 20, 1 << 20, 1000, 20, 1_000_000);
        assertEquals(
                "long.pdf holds more than 20 characters of text, so its text is not read.",
                assertThrows(PdfException.class, () -> new PdfTexts(folder, littleText).read(file))
                        .getMessage());
        var smallFiles = new PdfLimits(100, 10, 1 << 20, 1 << 20, 1000, 1000, 1_000_000);
        assertEquals(
                "long.pdf is larger than 100 bytes; PDFs up to that size are read.",
                assertThrows(PdfException.class, () -> new PdfTexts(folder, smallFiles).read(file))
                        .getMessage());
    }

    private static PDPage page(PDDocument document) {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }
}
