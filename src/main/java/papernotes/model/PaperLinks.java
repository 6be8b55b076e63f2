package papernotes.model;

import java.util.List;
import java.util.Optional;

/// What the paper is and where it and its code live, as far as the note says: links to the paper and the code,
/// its arXiv id (normalized by [ArxivId]), its DOI (`10.1109/CVPR.2016.90`), the year it appeared and its venue
/// (`CVPR`, `NeurIPS`), its full title as it appeared (the note's own title may be short: "FSGAN"), its authors in
/// order and its abstract. Blank values count as absent. (The name stays from when it held links alone.)
public record PaperLinks(
        Optional<String> paper,
        Optional<String> code,
        Optional<String> arxiv,
        Optional<String> doi,
        Optional<Integer> year,
        Optional<String> venue,
        Optional<String> paperTitle,
        List<String> authors,
        Optional<String> abstractText) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_VENUE_LENGTH = 200;
    public static final int MAX_PAPER_TITLE_LENGTH = 1_000;
    public static final int MAX_AUTHOR_LENGTH = 300;
    /// Enough for the longest author lists of physics (about 5,000 names).
    public static final int MAX_AUTHORS = 10_000;
    public static final int MAX_ABSTRACT_LENGTH = 20_000;

    public static final PaperLinks NONE = new PaperLinks(Optional.empty(), Optional.empty());

    public PaperLinks {
        paper = link(paper);
        code = link(code);
        arxiv = arxiv(arxiv);
        doi = doi(doi);
        year.ifPresent(PaperLinks::checkYear);
        venue = venue(venue);
        paperTitle = paperTitle(paperTitle);
        authors = authors(authors);
        abstractText = abstractText(abstractText);
    }

    /// The paper's links, ids, year and venue, without its title, authors or abstract.
    public PaperLinks(
            Optional<String> paper,
            Optional<String> code,
            Optional<String> arxiv,
            Optional<String> doi,
            Optional<Integer> year,
            Optional<String> venue) {
        this(paper, code, arxiv, doi, year, venue, Optional.empty(), List.of(), Optional.empty());
    }

    /// Links to the paper and its code only.
    public PaperLinks(Optional<String> paper, Optional<String> code) {
        this(paper, code, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> paperTitle(Optional<String> raw) {
        var value = raw.map(PaperLinks::oneLine).filter(s -> !s.isEmpty());
        value.ifPresent(s -> {
            if (s.length() > MAX_PAPER_TITLE_LENGTH) {
                throw new InvalidInputException(
                        "A paper's title can be at most " + MAX_PAPER_TITLE_LENGTH + " characters long.");
            }
        });
        return value;
    }

    private static List<String> authors(List<String> raw) {
        var names =
                raw.stream().map(PaperLinks::oneLine).filter(s -> !s.isEmpty()).toList();
        if (names.size() > MAX_AUTHORS) {
            throw new InvalidInputException("A paper can have at most " + MAX_AUTHORS + " authors.");
        }
        for (String name : names) {
            if (name.length() > MAX_AUTHOR_LENGTH) {
                throw new InvalidInputException(
                        "An author's name can be at most " + MAX_AUTHOR_LENGTH + " characters long.");
            }
        }
        return names;
    }

    private static Optional<String> abstractText(Optional<String> raw) {
        var value = raw.map(text -> text.replace("\r\n", "\n").strip()).filter(s -> !s.isEmpty());
        value.ifPresent(s -> {
            if (s.length() > MAX_ABSTRACT_LENGTH) {
                throw new InvalidInputException(
                        "An abstract can be at most " + MAX_ABSTRACT_LENGTH + " characters long.");
            }
            if (s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                throw new InvalidInputException("An abstract cannot hold control characters.");
            }
        });
        return value;
    }

    /// Runs of white space, line breaks included, become one space; other control characters go.
    static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
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

    public PaperLinks withPaperTitle(Optional<String> newTitle) {
        return new PaperLinks(paper, code, arxiv, doi, year, venue, newTitle, authors, abstractText);
    }

    public PaperLinks withAuthors(List<String> newAuthors) {
        return new PaperLinks(paper, code, arxiv, doi, year, venue, paperTitle, newAuthors, abstractText);
    }

    public PaperLinks withAbstract(Optional<String> newAbstract) {
        return new PaperLinks(paper, code, arxiv, doi, year, venue, paperTitle, authors, newAbstract);
    }

    public PaperLinks withPaper(Optional<String> newPaper) {
        return new PaperLinks(newPaper, code, arxiv, doi, year, venue, paperTitle, authors, abstractText);
    }

    public PaperLinks withCode(Optional<String> newCode) {
        return new PaperLinks(paper, newCode, arxiv, doi, year, venue, paperTitle, authors, abstractText);
    }

    public PaperLinks withArxiv(Optional<String> newArxiv) {
        return new PaperLinks(paper, code, newArxiv, doi, year, venue, paperTitle, authors, abstractText);
    }

    public PaperLinks withDoi(Optional<String> newDoi) {
        return new PaperLinks(paper, code, arxiv, newDoi, year, venue, paperTitle, authors, abstractText);
    }

    public PaperLinks withYear(Optional<Integer> newYear) {
        return new PaperLinks(paper, code, arxiv, doi, newYear, venue, paperTitle, authors, abstractText);
    }

    public PaperLinks withVenue(Optional<String> newVenue) {
        return new PaperLinks(paper, code, arxiv, doi, year, newVenue, paperTitle, authors, abstractText);
    }
}
