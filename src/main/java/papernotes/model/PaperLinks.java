package papernotes.model;

import java.util.Optional;

/// What the paper is and where it and its code live, as far as the note says: links to the paper and the code,
/// its arXiv id (normalized by [ArxivId]), its DOI (`10.1109/CVPR.2016.90`), the year it appeared and its venue
/// (`CVPR`, `NeurIPS`). Blank values count as absent.
public record PaperLinks(
        Optional<String> paper,
        Optional<String> code,
        Optional<String> arxiv,
        Optional<String> doi,
        Optional<Integer> year,
        Optional<String> venue) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_VENUE_LENGTH = 200;

    public static final PaperLinks NONE = new PaperLinks(Optional.empty(), Optional.empty());

    public PaperLinks {
        paper = link(paper);
        code = link(code);
        arxiv = arxiv(arxiv);
        doi = doi(doi);
        year.ifPresent(PaperLinks::checkYear);
        venue = venue(venue);
    }

    /// Links to the paper and its code only.
    public PaperLinks(Optional<String> paper, Optional<String> code) {
        this(paper, code, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> link(Optional<String> link) {
        var value = link.map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(s -> {
            if (s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new InvalidInputException("The link '" + s + "' contains spaces or control characters.");
            }
        });
        return value;
    }

    private static Optional<String> arxiv(Optional<String> raw) {
        return raw.map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> ArxivId.parse(s)
                        .orElseThrow(() -> new InvalidInputException(
                                "'" + s + "' is not an arXiv id (such as 2106.09685 or hep-th/9901001).")));
    }

    private static Optional<String> doi(Optional<String> raw) {
        return raw.map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Doi.parse(s)
                        .orElseThrow(() ->
                                new InvalidInputException("'" + s + "' is not a DOI (such as 10.1109/CVPR.2016.90).")));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException(
                    "The year " + year + " is not between " + MIN_YEAR + " and " + MAX_YEAR + ".");
        }
    }

    private static Optional<String> venue(Optional<String> raw) {
        var value = raw.map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(s -> {
            if (s.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("A venue must be one line without control characters.");
            }
            if (s.length() > MAX_VENUE_LENGTH) {
                throw new InvalidInputException("A venue can be at most " + MAX_VENUE_LENGTH + " characters long.");
            }
        });
        return value;
    }

    /// A year as typed (`2021`); blank is no year. Refuses anything but a whole number from 1900 to 2100.
    public static Optional<Integer> parseYear(String text) {
        var value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,9}")) {
            throw new InvalidInputException("The year '" + value + "' is not a number such as 2021.");
        }
        int year = Integer.parseInt(value);
        checkYear(year);
        return Optional.of(year);
    }

    public PaperLinks withPaper(Optional<String> newPaper) {
        return new PaperLinks(newPaper, code, arxiv, doi, year, venue);
    }

    public PaperLinks withCode(Optional<String> newCode) {
        return new PaperLinks(paper, newCode, arxiv, doi, year, venue);
    }

    public PaperLinks withArxiv(Optional<String> newArxiv) {
        return new PaperLinks(paper, code, newArxiv, doi, year, venue);
    }

    public PaperLinks withDoi(Optional<String> newDoi) {
        return new PaperLinks(paper, code, arxiv, newDoi, year, venue);
    }

    public PaperLinks withYear(Optional<Integer> newYear) {
        return new PaperLinks(paper, code, arxiv, doi, newYear, venue);
    }

    public PaperLinks withVenue(Optional<String> newVenue) {
        return new PaperLinks(paper, code, arxiv, doi, year, newVenue);
    }
}
