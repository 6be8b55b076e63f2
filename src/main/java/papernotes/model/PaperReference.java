package papernotes.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/// What a person gives to find a paper: an arXiv id or address, a DOI or an address that carries one, another
/// web page (an OpenReview, ACL Anthology or CVF page that names the paper's arXiv id or DOI), or its title.
public sealed interface PaperReference {

    /// The longest title a search is made for.
    int MAX_TITLE = 500;

    record ByArxiv(String id) implements PaperReference {}

    record ByDoi(String name) implements PaperReference {}

    record ByPage(URI address) implements PaperReference {}

    record ByTitle(String text) implements PaperReference {}

    /// Reads `text` as an arXiv id or address, a DOI, a web address or a title, in that order. Throws
    /// [InvalidInputException] for blank text or a title over [#MAX_TITLE] characters.
    static PaperReference parse(String text) {
        var value = text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("Give an arXiv id, a DOI, a web address or a paper's title.");
        }
        var arxiv = ArxivId.parse(value);
        if (arxiv.isPresent()) {
            return new ByArxiv(arxiv.get());
        }
        var doi = Doi.parse(value).or(() -> Doi.inAddress(value));
        if (doi.isPresent()) {
            return new ByDoi(doi.get());
        }
        var lower = value.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://"))
                && value.chars().noneMatch(Character::isWhitespace)) {
            try {
                return new ByPage(new URI(value));
            } catch (URISyntaxException e) {
                throw new InvalidInputException("'" + value + "' is not a web address that can be read.");
            }
        }
        if (value.length() > MAX_TITLE || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new InvalidInputException(
                    "A title to search for must be one line of at most " + MAX_TITLE + " characters.");
        }
        return new ByTitle(value.replaceAll("\\s+", " "));
    }
}
