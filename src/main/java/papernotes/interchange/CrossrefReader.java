package papernotes.interchange;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperMetadata;

/// Crossref's REST API: a work (`/works/{doi}`: `{"message": {…}}`) and a bibliographic search (`/works?query…`:
/// `{"message": {"items": […]}}`), each work with `title`, `author` (`given`, `family`, or an organisation's
/// `name`), `container-title`, `issued`, a JATS `abstract`, `DOI`, `URL` and `link`s.
public final class CrossrefReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /// The short name in a proceedings' title: `… Pattern Recognition (CVPR)`.
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z0-9]{1,12})\\)\\s*$");

    /// The work in a `/works/{doi}` answer, or empty when it has none that can be read.
    public Optional<PaperMetadata> work(byte[] answer) {
        return paper(tree(answer).path("message"));
    }

    /// The works of a search answer, best match first, as Crossref ranked them.
    public List<PaperMetadata> works(byte[] answer) {
        var result = new ArrayList<PaperMetadata>();
        for (JsonNode item : tree(answer).path("message").path("items")) {
            paper(item).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    private static JsonNode tree(byte[] answer) {
        try {
            return JSON.readTree(answer);
        } catch (JacksonException e) {
            throw new InterchangeException(
                    "Crossref's answer is not JSON that can be read: " + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new InterchangeException("Crossref's answer cannot be read.", e);
        }
    }

    private static Optional<PaperMetadata> paper(JsonNode work) {
        var title = first(work.path("title"));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        var authors = new ArrayList<String>();
        for (JsonNode author : work.path("author")) {
            var name = (author.path("given").asText("") + " "
                            + author.path("family").asText(""))
                    .strip();
            authors.add(name.isEmpty() ? author.path("name").asText("") : name);
        }
        var year = year(work.path("issued")).or(() -> year(work.path("published")));
        var venue = venue(work);
        var abstractText = text(work.path("abstract"))
                .map(jats -> TAG.matcher(jats).replaceAll(" "))
                .map(CrossrefReader::unescape);
        var pdf = Optional.<String>empty();
        for (JsonNode link : work.path("link")) {
            if (link.path("content-type").asText("").equals("application/pdf")) {
                pdf = text(link.path("URL"));
                break;
            }
        }
        try {
            return Optional.of(new PaperMetadata(
                    TAG.matcher(title.get()).replaceAll(""),
                    authors,
                    year,
                    venue,
                    abstractText,
                    Optional.empty(),
                    text(work.path("DOI")),
                    text(work.path("DOI")).map(doi -> "https://doi.org/" + doi),
                    pdf));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> venue(JsonNode work) {
        var container = first(work.path("container-title"));
        var acronym = container.map(ACRONYM::matcher).filter(m -> m.find()).map(m -> m.group(1));
        if (acronym.isPresent()) {
            return acronym;
        }
        return first(work.path("short-container-title"))
                .or(() -> container)
                .or(() -> text(work.path("event").path("name")));
    }

    private static Optional<Integer> year(JsonNode date) {
        var year = date.path("date-parts").path(0).path(0);
        return year.canConvertToInt() ? Optional.of(year.asInt()) : Optional.empty();
    }

    private static Optional<String> first(JsonNode list) {
        return list.isArray() && !list.isEmpty() ? text(list.get(0)) : text(list);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
