/// PDFs: their text page by page and pictures of their pages, through Apache PDFBox, which no other layer uses.
/// Nothing in this package is null unless marked `@Nullable` (checked by NullAway at compile time).
@NullMarked
package papernotes.pdf;

import org.jspecify.annotations.NullMarked;
