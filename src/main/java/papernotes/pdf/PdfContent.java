package papernotes.pdf;

import java.util.List;

/// What reading a PDF's text gave.
public sealed interface PdfContent {

    /// The text of each page in order (page 1 first); a page without text is the empty string.
    record Pages(List<String> pages) implements PdfContent {
        public Pages {
            pages = List.copyOf(pages);
        }
    }

    /// A PDF whose pages hold no text that can be read: a scan, or fonts without a Unicode map.
    record NoText(int pageCount) implements PdfContent {}
}
