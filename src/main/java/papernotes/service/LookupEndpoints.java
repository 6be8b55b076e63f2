package papernotes.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/// Where PaperNotes asks about papers: the arXiv API's query address (to which `?id_list=…` is added), Crossref's
/// works address, and the DOI resolver. Each can be changed, for a mirror of arXiv or for tests, with
/// `PAPERNOTES_ARXIV_API`, `PAPERNOTES_CROSSREF_API` and `PAPERNOTES_DOI_RESOLVER`; `PAPERNOTES_MAILTO` gives the
/// address Crossref's polite pool asks for.
public record LookupEndpoints(URI arxivApi, URI crossrefApi, URI doiResolver, Optional<String> mailto) {

    public static final LookupEndpoints DEFAULT = new LookupEndpoints(
            URI.create("https://export.arxiv.org/api/query"),
            URI.create("https://api.crossref.org/works"),
            URI.create("https://doi.org/"),
            Optional.empty());

    /// The defaults, with what the environment `env` changes.
    public static LookupEndpoints from(Map<String, String> env) {
        return new LookupEndpoints(
                address(env, "PAPERNOTES_ARXIV_API").orElse(DEFAULT.arxivApi()),
                address(env, "PAPERNOTES_CROSSREF_API").orElse(DEFAULT.crossrefApi()),
                address(env, "PAPERNOTES_DOI_RESOLVER").orElse(DEFAULT.doiResolver()),
                Optional.ofNullable(env.get("PAPERNOTES_MAILTO"))
                        .map(String::strip)
                        .filter(m -> m.contains("@")));
    }

    private static Optional<URI> address(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name))
                .map(String::strip)
                .filter(LookupEndpoints::isAddress)
                .map(URI::create);
    }

    /// Whether `text` is an address a lookup can be sent to: an absolute `http://` or `https://` one with a host.
    public static boolean isAddress(String text) {
        if (!text.startsWith("http://") && !text.startsWith("https://")) {
            return false;
        }
        try {
            var uri = new URI(text);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
