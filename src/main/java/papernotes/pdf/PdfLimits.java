package papernotes.pdf;

/// How much of a PDF is read before it is refused. A PDF can ask for far more than it weighs: a stream of a few
/// megabytes may inflate to gigabytes (a decompression bomb), and PDFBox inflates every stream but a page's single
/// one in memory; so each stream's inflated size is measured, without keeping it, before PDFBox reads it.
///
/// @param maxFileBytes the largest file read
/// @param maxPages the most pages read
/// @param maxStreamBytes the most one stream may inflate to (a page's content, a font, a form, a CMap)
/// @param maxContentBytes the most content all pages may inflate to together, counted each time a page or form is
///     drawn: a bound on the time spent
/// @param maxPageChars the most characters kept of one page; the rest of a page with more is dropped
/// @param maxTextChars the most characters of text in the whole document; a document with more is refused
/// @param maxPixels the most pixels in a picture of a page; a page that would need more is drawn smaller
public record PdfLimits(
        long maxFileBytes,
        int maxPages,
        long maxStreamBytes,
        long maxContentBytes,
        int maxPageChars,
        long maxTextChars,
        long maxPixels) {

    private static final long MB = 1024L * 1024;

    /// The limits of the app: far beyond any paper or book (a 1,000-page book has some 3 million characters).
    public static final PdfLimits DEFAULT =
            new PdfLimits(512 * MB, 5_000, 128 * MB, 1024 * MB, 1_000_000, 64_000_000, 25_000_000);
}
