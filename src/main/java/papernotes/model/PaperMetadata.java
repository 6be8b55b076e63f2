package papernotes.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/// What a bibliographic service knows of a paper: its full title, its authors in order (`Alexey Dosovitskiy`), the
/// year and venue it appeared in, its abstract, its arXiv id and DOI, the address of its page and of its PDF.
public record PaperMetadata(
        String title,
        List<String> authors,
        Optional<Integer> year,
        Optional<String> venue,
        Optional<String> abstractText,
        Optional<String> arxiv,
        Optional<String> doi,
        Optional<String> page,
        Optional<String> pdf) {

    public PaperMetadata {
        title = PaperLinks.oneLine(title);
        if (title.isEmpty()) {
            throw new InvalidInputException("A paper needs a title.");
        }
        authors = authors.stream()
                .map(PaperLinks::oneLine)
                .filter(a -> !a.isEmpty())
                .toList();
        venue = venue.map(PaperLinks::oneLine).filter(v -> !v.isEmpty());
        abstractText = abstractText.map(String::strip).filter(a -> !a.isEmpty());
        arxiv = arxiv.flatMap(ArxivId::parse);
        doi = doi.flatMap(Doi::parse);
        year = year.filter(y -> y >= PaperLinks.MIN_YEAR && y <= PaperLinks.MAX_YEAR);
    }

    /// The paper's fields as a note keeps them: its arXiv id, DOI, year, venue, full title, authors and
    /// abstract (each cut to what a note allows), and its page as the paper's link unless that is the
    /// address of its arXiv id or DOI, which the note shows from the id.
    public PaperLinks links() {
        var ownAddresses = Stream.concat(arxiv.map(ArxivId::address).stream(), doi.map(Doi::address).stream())
                .toList();
        return new PaperLinks(
                page.filter(address -> !ownAddresses.contains(address)),
                Optional.empty(),
                arxiv,
                doi,
                year,
                venue.map(v -> cut(v, PaperLinks.MAX_VENUE_LENGTH)),
                Optional.of(cut(title, PaperLinks.MAX_PAPER_TITLE_LENGTH)),
                authors.stream()
                        .limit(PaperLinks.MAX_AUTHORS)
                        .map(a -> cut(a, PaperLinks.MAX_AUTHOR_LENGTH))
                        .toList(),
                abstractText.map(a -> cut(a, PaperLinks.MAX_ABSTRACT_LENGTH)));
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length).strip() : text;
    }
}
