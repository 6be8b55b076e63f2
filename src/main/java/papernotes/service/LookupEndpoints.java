package papernotes.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/// Where PaperNotes asks about papers: the arXiv API's query address (to which `?id_list=…` is added), Crossref's
/// works address, the DOI resolver, and where arXiv's PDFs are (to which the id and `.pdf` are added). Each can be
/// changed, for a mirror of arXiv or for tests, with `PAPERNOTES_ARXIV_API`, `PAPERNOTES_CROSSREF_API`,
/// `PAPERNOTES_DOI_RESOLVER` and `PAPERNOTES_ARXIV_PDF`; `PAPERNOTES_MAILTO` gives the address Crossref's polite pool
/// asks for.
public record LookupEndpoints(URI arxivApi, URI crossrefApi, URI doiResolver, Optional<String> mailto, URI arxivPdf) {

    public static final LookupEndpoints DEFAULT = new LookupEndpoints(
            URI.create("https://export.arxiv.org/api/query"),
            URI.create("https://api.crossref.org/works"),
            URI.create("https://doi.org/"),
            Optional.empty(),
            URI.create("https://arxiv.org/pdf/"));

    /// Where arXiv's PDFs are the default's: the services that are asked about papers.
    public LookupEndpoints(URI arxivApi, URI crossrefApi, URI doiResolver, Optional<String> mailto) {
        this(arxivApi, crossrefApi, doiResolver, mailto, URI.create("https://arxiv.org/pdf/"));
    }

    /// The address of the PDF of the arXiv paper `id`: `https://arxiv.org/pdf/2010.11929.pdf`.
    public URI arxivPdf(String id) {
        var base = arxivPdf.toString();
        return URI.create(base + (base.endsWith("/") ? "" : "/") + id + ".pdf");
    }

    /// The defaults, with what the environment `env` changes.
    public static LookupEndpoints from(Map<String, String> env) {
        return new LookupEndpoints(
                address(env, "PAPERNOTES_ARXIV_API").orElse(DEFAULT.arxivApi()),
                address(env, "PAPERNOTES_CROSSREF_API").orElse(DEFAULT.crossrefApi()),
                address(env, "PAPERNOTES_DOI_RESOLVER").orElse(DEFAULT.doiResolver()),
                Optional.ofNullable(env.get("PAPERNOTES_MAILTO"))
                        .map(String::strip)
                        .filter(m -> m.contains("@")),
                address(env, "PAPERNOTES_ARXIV_PDF").orElse(DEFAULT.arxivPdf()));
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
