package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import papernotes.model.PaperMetadata;
import papernotes.model.PaperReference;
import papernotes.web.LocalServer;
import papernotes.web.LocalServer.Reply;
import papernotes.web.PoliteClient;
import papernotes.web.SteppedTime;

class PaperLookupTest {

    private final LocalServer server = LocalServers.start();
    private final SteppedTime time = new SteppedTime();
    private final PoliteClient client = new PoliteClient("test", Optional.empty(), time, Duration.ofSeconds(5));
    private final PaperLookup lookup = new PaperLookup(client, LocalServers.endpoints(server));

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                PaperLookupTest.class.getResourceAsStream("/papernotes/interchange/lookup/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PaperMetadata find(String text) {
        return lookup.find(PaperReference.parse(text));
    }

    @Test
    void anArxivIdIsAskedOfArxivsApi() {
        server.on("/arxiv/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var paper = find("https://arxiv.org/abs/2010.11929v2");
        assertEquals("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", paper.title());
        assertEquals("id_list=2010.11929", server.requests().getFirst().uri().getQuery());
    }

    @Test
    void anIdArxivDoesNotKnowIsSaidSo() {
        server.on("/arxiv/query", Reply.ok("application/atom+xml", fixture("arxiv-empty.xml")));
        var error = assertThrows(LookupException.class, () -> find("2301.99999"));
        assertEquals("arXiv has no paper 2301.99999.", error.getMessage());
    }

    @Test
    void aDoiIsAskedOfCrossref() {
        server.on("/crossref/works/10.1109/CVPR.2016.90", Reply.ok("application/json", fixture("crossref-work.json")));
        var paper = find("https://doi.org/10.1109/CVPR.2016.90");
        assertEquals("Deep Residual Learning for Image Recognition", paper.title());
        assertEquals(Optional.of("CVPR"), paper.venue());
    }

    @Test
    void aDoiCrossrefDoesNotKnowIsAskedOfTheResolverAsBibtex() {
        server.on("/doi/10.5281/zenodo.123", Reply.ok("application/x-bibtex", """
                        @misc{https://doi.org/10.5281/zenodo.123,
                          doi = {10.5281/zenodo.123},
                          author = {Nirkin, Yuval and Keller, Yosi and {The FSGAN Team}},
                          title = {FSGAN: Subject Agnostic Face Swapping and Reenactment},
                          publisher = {Zenodo},
                          year = {2019}
                        }"""));
        var paper = find("10.5281/zenodo.123");
        assertEquals("FSGAN: Subject Agnostic Face Swapping and Reenactment", paper.title());
        assertEquals(List.of("Yuval Nirkin", "Yosi Keller", "The FSGAN Team"), paper.authors());
        assertEquals(Optional.of(2019), paper.year());
        assertEquals(Optional.of("10.5281/zenodo.123"), paper.doi());
        assertEquals("application/x-bibtex", server.requests().getLast().header("Accept"));
    }

    @Test
    void aDoiNobodyKnowsIsSaidSo() {
        var error = assertThrows(LookupException.class, () -> find("10.9999/nothing"));
        assertEquals("No service knows the DOI 10.9999/nothing.", error.getMessage());
    }

    @Test
    void arxivsOwnDoisAreAskedOfArxiv() {
        server.on("/arxiv/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        assertEquals(
                Optional.of("2010.11929"), find("10.48550/arXiv.2010.11929").arxiv());
    }

    @Test
    void aPageIsReadForTheIdItNames() {
        server.on("/forum", Reply.ok("text/html", """
                        <html><head><meta name="citation_title" content="An Image is Worth 16x16 Words">
                        <meta name="citation_arxiv_id" content="2010.11929"></head></html>"""));
        server.on("/arxiv/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var paper = lookup.find(new PaperReference.ByPage(server.address("/forum")));
        assertEquals(Optional.of("2010.11929"), paper.arxiv());
    }

    @Test
    void aPageThatNamesNoPaperIsSaidSo() {
        server.on("/blog", Reply.ok("text/html", "<html><body>Notes on ViT</body></html>"));
        var error = assertThrows(
                LookupException.class, () -> lookup.find(new PaperReference.ByPage(server.address("/blog"))));
        assertEquals("The page at " + server.address("/blog") + " names no arXiv id or DOI.", error.getMessage());
    }

    @Test
    void aTitleIsSearchedAndTakenOnlyWhenAlike() {
        server.on("/crossref/works", Reply.ok("application/json", fixture("crossref-search.json")));
        var paper = find("FSGAN - subject agnostic face-swapping and reenactment");
        assertEquals(Optional.of("10.1109/ICCV.2019.00728"), paper.doi());
        assertTrue(server.requests().getFirst().uri().getQuery().startsWith("query.bibliographic=FSGAN"));

        var error = assertThrows(LookupException.class, () -> find("Face swapping with diffusion"));
        assertTrue(
                error.getMessage()
                        .startsWith(
                                "Crossref found no paper titled 'Face swapping with diffusion' " + "(the closest is '"),
                error.getMessage());
    }

    @Test
    void aServiceThatFailsIsNamedWithItsStatus() {
        server.on("/crossref/works/10.1109/CVPR.2016.90", Reply.status(500));
        var error = assertThrows(LookupException.class, () -> find("10.1109/CVPR.2016.90"));
        assertEquals(
                "Crossref answered 500 when asked for the DOI 10.1109/CVPR.2016.90; try again later.",
                error.getMessage());
    }

    @Test
    void anAnswerThatCannotBeReadIsSaidInASentence() {
        server.on("/arxiv/query", Reply.ok("text/html", "<html><body>Rate exceeded"));
        var error = assertThrows(LookupException.class, () -> find("2010.11929"));
        assertTrue(error.getMessage().startsWith("arXiv's answer is not a feed that can be read"), error.getMessage());
    }

    @Test
    void arxivIsAskedNoMoreThanOnceEveryThreeSeconds() {
        server.on("/arxiv/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        find("2010.11929");
        find("2010.11929");
        assertEquals(List.of(Duration.ofSeconds(3)), time.waits());
    }
}
