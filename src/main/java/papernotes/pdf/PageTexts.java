package papernotes.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import papernotes.model.ByteSizes;

/// PDFBox's text stripper run once over the whole document, keeping each page's text apart as it goes (one run per
/// page would parse the document's fonts again for every page). Positions are not sorted: a two-column paper is
/// written column by column, and sorting by position would interleave the lines of its two columns.
///
/// Before a page is read, [StreamGuard] measures the streams it reaches; while it is read, the content inflated
/// (each page and each form, every time it is drawn) counts against [PdfLimits#maxContentBytes], and characters
/// past [PdfLimits#maxPageChars] on one page are dropped.
final class PageTexts extends PDFTextStripper {

    private final PdfLimits limits;
    private final StreamGuard guard;
    private final StringWriter page = new StringWriter();
    private final String[] texts;
    private long content;
    private boolean contentExceeded;
    private int pageChars;
    private long textChars;

    private PageTexts(PdfLimits limits, int pageCount) {
        this.limits = limits;
        this.guard = new StreamGuard(limits, false);
        this.texts = new String[pageCount];
        Arrays.fill(texts, "");
        setLineSeparator("\n");
        setSortByPosition(false);
    }

    /// The text of every page of `document`, in order; a page without text gives the empty string.
    static List<String> of(PDDocument document, PdfLimits limits) throws IOException {
        var stripper = new PageTexts(limits, document.getNumberOfPages());
        stripper.guard.checkObjectStreams(document.getDocument());
        stripper.writeText(document, stripper.page);
        return List.of(stripper.texts);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        guard.check(page);
        spend(guard.contentSize(page));
        super.processPage(page);
        if (contentExceeded) {
            throw new LimitExceeded("holds more than " + ByteSizes.describe(limits.maxContentBytes())
                    + " of page content once inflated, so its text is not read.");
        }
    }

    /// A form drawn past the content limit is left out; the page then ends in [LimitExceeded].
    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (spend(guard.size(form.getCOSObject()))) {
            super.showForm(form);
        }
    }

    private boolean spend(long bytes) {
        content += bytes;
        contentExceeded |= content > limits.maxContentBytes();
        return !contentExceeded;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        this.page.getBuffer().setLength(0);
        pageChars = 0;
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (pageChars < limits.maxPageChars()) {
            pageChars += text.getUnicode().length();
            super.processTextPosition(text);
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        var text = this.page.toString();
        textChars += text.length();
        if (textChars > limits.maxTextChars()) {
            throw new LimitExceeded("holds more than " + String.format(Locale.ROOT, "%,d", limits.maxTextChars())
                    + " characters of text, so its text is not read.");
        }
        texts[getCurrentPageNo() - 1] = text;
    }
}
