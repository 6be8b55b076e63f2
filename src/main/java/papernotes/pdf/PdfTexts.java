package papernotes.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import papernotes.model.ByteSizes;
import papernotes.model.Failures;

/// Reads PDFs: the text of every page, and a picture of one page. A PDF is opened without a password; one that
/// needs a password to be opened is refused, and one whose owner only forbids copying text is read (as Zotero and
/// JabRef read it: the text is the user's paper to take notes on). Streams PDFBox writes while reading (decrypted
/// ones) go to files in the scratch folder, at most twice the largest file read. Every failure, whatever PDFBox
/// throws, is a [PdfException] with one sentence that names the file; see [PdfLimits] for what is refused.
public final class PdfTexts {

    private static final int HEADER_WINDOW = 1024;
    public static final float MIN_DPI = 36;
    public static final float MAX_DPI = 300;

    private final Path scratchFolder;
    private final PdfLimits limits;

    public PdfTexts(Path scratchFolder) {
        this(scratchFolder, PdfLimits.DEFAULT);
    }

    public PdfTexts(Path scratchFolder, PdfLimits limits) {
        this.scratchFolder = scratchFolder;
        this.limits = limits;
    }

    /// The text of every page of `file`, read in one pass; [PdfContent.NoText] when it holds none that people can
    /// read (see [Legibility]).
    public PdfContent read(Path file) {
        try (var document = open(file, "its text cannot be read")) {
            return Legibility.judge(PageTexts.of(document, limits));
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
    }

    /// How many pages `file` has.
    public int pageCount(Path file) {
        try (var document = open(file, "its pages cannot be counted")) {
            return document.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
    }

    /// Page `page` (1 for the first) of `file` as PNG at `dpi`, kept within [#MIN_DPI] and [#MAX_DPI].
    public byte[] pagePng(Path file, int page, float dpi) {
        try (var document = open(file, "its pages cannot be shown")) {
            int count = document.getNumberOfPages();
            if (page < 1 || page > count) {
                throw new PdfException(name(file) + " has " + count + (count == 1 ? " page" : " pages")
                        + "; there is no page " + page + ".");
            }
            float bounded = Float.isNaN(dpi) ? MIN_DPI : Math.clamp(dpi, MIN_DPI, MAX_DPI);
            return PagePicture.png(document, page - 1, bounded, limits);
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
    }

    private PDDocument open(Path file, String refusal) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new LimitExceeded(
                    "is larger than " + ByteSizes.describe(limits.maxFileBytes()) + "; PDFs up to that size are read.");
        }
        checkHeader(file, size);
        // without its folder PDFBox falls back to memory, unbounded: a large PDF would fill the heap
        Files.createDirectories(scratchFolder);
        var scratch =
                MemoryUsageSetting.setupTempFileOnly(2 * limits.maxFileBytes()).setTempDir(scratchFolder.toFile());
        var source = new RandomAccessReadBufferedFile(file);
        PDDocument document;
        try {
            document = Loader.loadPDF(source, "", null, null, scratch.streamCache);
        } catch (InvalidPasswordException e) {
            source.close();
            throw new PdfException(name(file) + " is protected by a password; " + refusal + ".", e);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
        int pages = document.getNumberOfPages();
        if (pages > limits.maxPages()) {
            document.close();
            throw new LimitExceeded("has " + String.format(Locale.ROOT, "%,d", pages) + " pages; PDFs of up to "
                    + String.format(Locale.ROOT, "%,d", limits.maxPages()) + " pages are read.");
        }
        return document;
    }

    /// PDFBox reads almost anything as a damaged PDF; a file without `%PDF-` near its start is none.
    private static void checkHeader(Path file, long size) throws IOException {
        if (size == 0) {
            throw new NotAPdf("the file is empty");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER_WINDOW);
        }
        if (!new String(start, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new NotAPdf("it does not start with %PDF-");
        }
    }

    private static PdfException failure(Path file, Exception e) {
        if (e instanceof PdfException known) {
            return known;
        }
        var name = name(file);
        if (e instanceof LimitExceeded) {
            return new PdfException(name + " " + e.getMessage(), e);
        }
        if (e instanceof NotAPdf) {
            return new PdfException(name + " is not a readable PDF (" + e.getMessage() + ").", e);
        }
        if (e instanceof NoSuchFileException) {
            return new PdfException(name + " does not exist.", e);
        }
        return new PdfException(name + " is not a readable PDF (" + reason(e) + ").", e);
    }

    /// PDFBox's own words, cut short: they name offsets and objects, which help a bug report more than a reader; for
    /// a bug of PDFBox's, only its kind.
    private static String reason(Exception e) {
        if (e instanceof RuntimeException) {
            return e.getClass().getSimpleName() + " in PDFBox";
        }
        var reason = Failures.message(e).strip().replaceAll("\\s+", " ").replaceAll("[.:;]+$", "");
        return reason.length() <= 100 ? reason : reason.substring(0, 99) + "…";
    }

    private static String name(Path file) {
        var name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /// A file that is no PDF at all; the message says why.
    private static final class NotAPdf extends IOException {
        NotAPdf(String reason) {
            super(reason);
        }
    }
}
