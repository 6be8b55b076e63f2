package papernotes.pdf;

import java.util.List;

/// Whether the text PDFBox read can be read by people. A scan gives none; a font without a Unicode map gives
/// nothing (a composite font: PDFBox skips its codes), control characters (a simple font: PDFBox passes its codes
/// on as characters), U+FFFD or private-use characters. The rule: a document is [PdfContent.NoText] when it has
/// fewer than [#MIN_LEGIBLE] letters and digits (Chinese characters are letters), or no more of them than of
/// such unreadable characters.
final class Legibility {

    static final int MIN_LEGIBLE = 16;

    private Legibility() {}

    static PdfContent judge(List<String> pages) {
        long legible = 0;
        long unreadable = 0;
        for (var page : pages) {
            for (int i = 0; i < page.length(); ) {
                int c = page.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetterOrDigit(c)) {
                    legible++;
                } else if (unreadable(c)) {
                    unreadable++;
                }
            }
        }
        if (legible < MIN_LEGIBLE || legible <= unreadable) {
            return new PdfContent.NoText(pages.size());
        }
        return new PdfContent.Pages(pages.stream().map(Legibility::cleaned).toList());
    }

    private static boolean unreadable(int c) {
        return c == 0xFFFD
                || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || switch (Character.getType(c)) {
                    case Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
                    default -> false;
                };
    }

    /// The page without its control characters (but for line breaks and tabs) and without blank ends.
    private static String cleaned(String page) {
        var text = new StringBuilder(page.length());
        page.codePoints()
                .filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                .forEach(text::appendCodePoint);
        return text.toString().strip();
    }
}
