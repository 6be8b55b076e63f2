package papernotes.service;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import papernotes.interchange.ArxivFeedReader;
import papernotes.interchange.BibtexReader;
import papernotes.interchange.CrossrefReader;
import papernotes.interchange.InterchangeException;
import papernotes.model.ArxivId;
import papernotes.model.Doi;
import papernotes.model.Failures;
import papernotes.model.PaperMetadata;
import papernotes.model.PaperReference;
import papernotes.web.Answer;
import papernotes.web.PoliteClient;
import papernotes.web.Service;

/// Finds what the bibliographic services know of a paper: arXiv's API for an arXiv id, Crossref (then the DOI
/// resolver's BibTeX, for DOIs Crossref does not register) for a DOI, the page itself for another address (its
/// `citation_arxiv_id` or `citation_doi`, or the first arXiv or DOI link it holds), and Crossref's bibliographic
/// search for a title, taken only when its title is [#SIMILARITY] alike.
public final class PaperLookup {

    /// How alike a found title must be to the one asked for (Dice coefficient of their letter pairs) to be taken.
    static final double SIMILARITY = 0.9;
    /// arXiv's etiquette: one request every three seconds.
    static final Duration ARXIV_SPACING = Duration.ofSeconds(3);

    private static final Pattern META_ARXIV =
            Pattern.compile("(?i)<meta[^>]+name=[\"']citation_arxiv_id[\"'][^>]+content=[\"']([^\"']+)[\"']");
    private static final Pattern META_DOI =
            Pattern.compile("(?i)<meta[^>]+name=[\"'](?:citation_doi|dc\\.identifier)[\"'][^>]+content=[\"']([^\"']+)");
    private static final Pattern ARXIV_LINK =
            Pattern.compile("(?i)https?://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/([a-z.-]*/?\\d{4}\\.?\\d{4,5}(?:v\\d+)?)");
    private static final Pattern DOI_LINK =
            Pattern.compile("(?i)https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/[^\"'<>\\s]+)");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(.+)");

    private final PoliteClient client;
    private final Supplier<LookupEndpoints> endpoints;

    public PaperLookup(PoliteClient client, LookupEndpoints endpoints) {
        this(client, () -> endpoints);
    }

    /// Asks where `endpoints` says at the time of each lookup (the user may change it in Preferences).
    public PaperLookup(PoliteClient client, Supplier<LookupEndpoints> endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    /// The services, spaced by name: a changed address keeps arXiv's three seconds between requests.
    private Service arxiv() {
        return new Service("arXiv", endpoints.get().arxivApi(), ARXIV_SPACING);
    }

    private Service crossref() {
        return new Service("Crossref", endpoints.get().crossrefApi(), Duration.ZERO);
    }

    private Service resolver() {
        return new Service("doi.org", endpoints.get().doiResolver(), Duration.ZERO);
    }

    /// What is known of the paper `reference` names. Throws [LookupException] when no service knows it, and
    /// [papernotes.web.WebException] when a service could not be asked.
    public PaperMetadata find(PaperReference reference) {
        return switch (reference) {
            case PaperReference.ByArxiv(var id) -> byArxiv(id);
            case PaperReference.ByDoi(var doi) -> byDoi(doi);
            case PaperReference.ByPage(var address) -> byPage(address);
            case PaperReference.ByTitle(var title) -> byTitle(title);
        };
    }

    private PaperMetadata byArxiv(String id) {
        var arxiv = arxiv();
        var answer = client.get(arxiv, withQuery(arxiv.address(), "id_list=" + encode(id)), "application/atom+xml");
        requireOk(answer, arxiv, "the paper " + id);
        try {
            return new ArxivFeedReader()
                    .read(answer.body(), id)
                    .orElseThrow(() -> new LookupException("arXiv has no paper " + id + "."));
        } catch (InterchangeException e) {
            throw new LookupException(Failures.message(e));
        }
    }

    private PaperMetadata byDoi(String doi) {
        var arxivDoi = ARXIV_DOI.matcher(doi);
        if (arxivDoi.matches() && ArxivId.parse(arxivDoi.group(1)).isPresent()) {
            return byArxiv(ArxivId.parse(arxivDoi.group(1)).orElseThrow());
        }
        var crossref = crossref();
        var answer = client.get(crossref, child(crossref.address(), encodePath(doi)), "application/json");
        if (answer.ok()) {
            try {
                var work = new CrossrefReader().work(answer.body());
                if (work.isPresent()) {
                    return work.get();
                }
            } catch (InterchangeException e) {
                throw new LookupException(Failures.message(e));
            }
        } else if (answer.status() != 404) {
            requireOk(answer, crossref, "the DOI " + doi);
        }
        return byResolver(doi);
    }

    /// DOIs that Crossref does not register (DataCite's, say) are asked of the resolver as BibTeX.
    private PaperMetadata byResolver(String doi) {
        var resolver = resolver();
        var answer = client.get(resolver, child(resolver.address(), encodePath(doi)), "application/x-bibtex");
        if (answer.status() == 404) {
            throw new LookupException("No service knows the DOI " + doi + ".");
        }
        requireOk(answer, resolver, "the DOI " + doi);
        try {
            var entry =
                    new BibtexReader().read(answer.text(), "doi.org's answer").getFirst();
            var links = entry.links();
            return new PaperMetadata(
                    entry.title(),
                    links.authors(),
                    links.year(),
                    links.venue(),
                    links.abstractText(),
                    links.arxiv(),
                    links.doi().or(() -> Optional.of(doi)),
                    Optional.of(Doi.address(doi)),
                    Optional.empty());
        } catch (InterchangeException e) {
            throw new LookupException("doi.org's answer for " + doi + " cannot be read: " + e.getMessage());
        }
    }

    private PaperMetadata byPage(URI address) {
        var site = new Service(address.getHost() == null ? "the page" : address.getHost(), address, Duration.ZERO);
        var answer = client.get(site, address, "text/html");
        requireOk(answer, site, "the page");
        var html = answer.text();
        var found = first(META_ARXIV, html)
                .flatMap(ArxivId::parse)
                .<PaperReference>map(PaperReference.ByArxiv::new)
                .or(() -> first(META_DOI, html).flatMap(Doi::parse).map(PaperReference.ByDoi::new))
                .or(() -> first(ARXIV_LINK, html).flatMap(ArxivId::parse).map(PaperReference.ByArxiv::new))
                .or(() -> first(DOI_LINK, html).flatMap(Doi::parse).map(PaperReference.ByDoi::new))
                .orElseThrow(() -> new LookupException("The page at " + address + " names no arXiv id or DOI."));
        return find(found);
    }

    private PaperMetadata byTitle(String title) {
        var query = "query.bibliographic=" + encode(title) + "&rows=5";
        var crossref = crossref();
        var answer = client.get(crossref, withQuery(crossref.address(), query), "application/json");
        requireOk(answer, crossref, "the title");
        try {
            var works = new CrossrefReader().works(answer.body());
            var best = works.stream().max(Comparator.comparingDouble(w -> TitleSimilarity.of(title, w.title())));
            if (best.isEmpty()) {
                throw new LookupException("Crossref found no paper titled '" + title + "'.");
            }
            if (TitleSimilarity.of(title, best.get().title()) < SIMILARITY) {
                throw new LookupException("Crossref found no paper titled '" + title + "' (the closest is '"
                        + best.get().title() + "'); give its arXiv id or DOI instead.");
            }
            return best.get();
        } catch (InterchangeException e) {
            throw new LookupException(Failures.message(e));
        }
    }

    private static void requireOk(Answer answer, Service service, String what) {
        if (!answer.ok()) {
            throw new LookupException(service.name() + " answered " + answer.status() + " when asked for " + what
                    + (answer.status() >= 500 ? "; try again later." : "."));
        }
    }

    private static Optional<String> first(Pattern pattern, String text) {
        var match = pattern.matcher(text);
        return match.find() ? Optional.of(match.group(1)) : Optional.empty();
    }

    private static URI withQuery(URI base, String query) {
        var text = base.toString();
        return URI.create(text + (text.contains("?") ? "&" : "?") + query);
    }

    private static URI child(URI base, String path) {
        var text = base.toString();
        return URI.create(text + (text.endsWith("/") ? "" : "/") + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /// A DOI as a path: its slashes kept, everything else that a path cannot hold escaped.
    private static String encodePath(String doi) {
        return encode(doi).replace("%2F", "/").replace("+", "%20");
    }
}
