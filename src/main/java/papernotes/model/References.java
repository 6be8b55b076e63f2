package papernotes.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// A paper's reference as a reader writes it in a bibliography, in the manner of APA: `Nirkin, Y., Keller, Y., &
/// Hassner, T. (2019). FSGAN: Subject agnostic face swapping and reenactment. ICCV. https://doi.org/…`. Authors
/// are `Last, F.`; a name without spaces (`张三`) stays whole; more than twenty authors are cut to the first nineteen,
/// `…`, and the last, as APA does. The link is the DOI's, else arXiv's, else the paper's.
public final class References {

    private References() {}

    /// The reference of a note's paper; `title` is the note's title, used when the paper's full title is unknown.
    public static String of(String title, PaperLinks paper) {
        var parts = new ArrayList<String>();
        var authors = authors(paper.authors());
        var year = paper.year().map(y -> "(" + y + ").");
        if (!authors.isEmpty()) {
            parts.add(authors + " " + year.orElse("(n.d.)."));
        }
        parts.add(sentence(paper.paperTitle().orElse(title)));
        if (authors.isEmpty()) {
            year.ifPresent(parts::add);
        }
        paper.venue().map(References::sentence).ifPresent(parts::add);
        link(paper).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    private static Optional<String> link(PaperLinks paper) {
        return paper.doi()
                .map(Doi::address)
                .or(() -> paper.arxiv().map(ArxivId::address))
                .or(paper::paper);
    }

    private static String sentence(String text) {
        var stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("?") || stripped.endsWith("!") ? stripped : stripped + ".";
    }

    static String authors(List<String> names) {
        var written = names.stream().map(References::author).toList();
        if (written.size() > 20) {
            var cut = new ArrayList<>(written.subList(0, 19));
            cut.add("… " + written.getLast());
            return String.join(", ", cut);
        }
        return switch (written.size()) {
            case 0 -> "";
            case 1 -> written.getFirst();
            case 2 -> written.get(0) + ", & " + written.get(1);
            default -> String.join(", ", written.subList(0, written.size() - 1)) + ", & " + written.getLast();
        };
    }

    /// `Yuval Nirkin` → `Nirkin, Y.`; `Jean-Luc Picard` → `Picard, J.-L.`; `Nirkin, Yuval` (already inverted) →
    /// `Nirkin, Y.`; a name of one word stays.
    static String author(String name) {
        var value = name.strip();
        String last;
        String first;
        int comma = value.indexOf(',');
        if (comma > 0) {
            last = value.substring(0, comma).strip();
            first = value.substring(comma + 1).strip();
        } else {
            int space = value.lastIndexOf(' ');
            if (space < 0) {
                return value;
            }
            last = value.substring(space + 1);
            first = value.substring(0, space);
        }
        var initials = new ArrayList<String>();
        for (String given : first.split("\\s+", -1)) {
            if (given.isEmpty()) {
                continue;
            }
            var hyphened = new ArrayList<String>();
            for (String part : given.split("-", -1)) {
                if (!part.isEmpty()) {
                    hyphened.add(part.substring(0, part.offsetByCodePoints(0, 1)) + ".");
                }
            }
            initials.add(String.join("-", hyphened));
        }
        return initials.isEmpty() ? last : last + ", " + String.join(" ", initials);
    }
}
