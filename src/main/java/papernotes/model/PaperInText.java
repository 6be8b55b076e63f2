package papernotes.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/// The paper a PDF's own text names on its first pages, as Zotero's "retrieve metadata" looks for it: the stamp
/// arXiv prints down the first page's margin (`arXiv:2010.11929v2 [cs.CV] 3 Jun 2021`), else a DOI the page prints
/// (`https://doi.org/10.1109/…`, `DOI: 10.1145/…`), else its title: the first line that reads like one.
public final class PaperInText {

    /// How many pages are looked at.
    static final int PAGES = 2;

    private static final Pattern ARXIV_STAMP = Pattern.compile(
            "(?i)arxiv\\s*:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z]+(?:-[a-z]+)*(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)");
    private static final Pattern DOI =
            Pattern.compile("(?i)(?:doi\\s*:\\s*|doi\\.org/)(10\\.\\d{4,9}(?:\\.\\d+)*/[^\\s\"<>]+)");

    private PaperInText() {}

    /// The paper the pages name: by arXiv id, by DOI, or by the first page's title line.
    public static Optional<PaperReference> find(List<String> pages) {
        var first = pages.stream().limit(PAGES).toList();
        for (String page : first) {
            var stamp = ARXIV_STAMP.matcher(page);
            if (stamp.find()) {
                var id = ArxivId.parse(stamp.group(1));
                if (id.isPresent()) {
                    return Optional.of(new PaperReference.ByArxiv(id.get()));
                }
            }
        }
        for (String page : first) {
            var doi = DOI.matcher(page);
            if (doi.find()) {
                var name = Doi.parse(doi.group(1).replaceAll("[.,;:)\\]]+$", ""));
                if (name.isPresent()) {
                    return Optional.of(new PaperReference.ByDoi(name.get()));
                }
            }
        }
        return first.stream().findFirst().flatMap(PaperInText::titleLine).map(PaperReference.ByTitle::new);
    }

    /// The first line of a first page that reads like a title: two words or more (or six Chinese characters),
    /// at most 300 characters, not a stamp, an address or a running header of numbers.
    public static Optional<String> titleLine(String page) {
        return page.lines()
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> line.length() <= 300)
                .filter(line -> !ARXIV_STAMP.matcher(line).find() && !line.contains("://") && !line.contains("@"))
                .filter(PaperInText::wordy)
                .findFirst();
    }

    private static boolean wordy(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long han = line.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
        return han >= 6 || (line.split(" ").length >= 2 && letters >= 10 && letters * 2 >= line.length());
    }
}
