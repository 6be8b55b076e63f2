package papernotes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.web.LocalServer.Reply;

class PoliteClientTest {

    private final LocalServer server = newServer();
    private final SteppedTime time = new SteppedTime();
    private final PoliteClient client =
            new PoliteClient("1.2.3", Optional.of("someone@lab.example"), time, Duration.ofMillis(800));

    private static LocalServer newServer() {
        try {
            return new LocalServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private Service arxiv() {
        return new Service("arXiv", server.address("/api/query"), Duration.ofSeconds(3));
    }

    @Test
    void anAnswerComesWithItsStatusTypeAndBody() {
        server.on("/api/query", Reply.ok("application/atom+xml", "<feed/>"));
        var answer = client.get(arxiv(), server.address("/api/query?id_list=2010.11929"), "application/atom+xml");
        assertEquals(200, answer.status());
        assertEquals(Optional.of("application/atom+xml"), answer.contentType());
        assertEquals("<feed/>", answer.text());
        var request = server.requests().getFirst();
        assertEquals("/api/query?id_list=2010.11929", request.uri().toString());
        assertEquals("application/atom+xml", request.header("Accept"));
        assertEquals(
                "PaperNotes/1.2.3 (a desktop notes app; mailto:someone@lab.example)", request.header("User-Agent"));
    }

    @Test
    void requestsToOneServiceKeepItsSpacing() {
        server.on("/api/query", Reply.ok("application/atom+xml", "<feed/>"));
        var crossref = new Service("Crossref", server.address("/works"), Duration.ZERO);
        server.on("/works", Reply.ok("application/json", "{}"));
        client.get(arxiv(), server.address("/api/query"), "*/*");
        client.get(crossref, server.address("/works"), "*/*");
        client.get(arxiv(), server.address("/api/query"), "*/*");
        assertEquals(List.of(Duration.ofSeconds(3)), time.waits(), "only arXiv asks for spacing");
    }

    @Test
    void aShortRetryAfterIsWaitedOutOnce() {
        server.on(
                "/api/query",
                Reply.status(429).withHeader("Retry-After", "7"),
                Reply.ok("application/atom+xml", "<feed/>"));
        var answer = client.get(arxiv(), server.address("/api/query"), "*/*");
        assertEquals(200, answer.status());
        assertEquals(2, server.requests().size());
        assertTrue(time.waits().contains(Duration.ofSeconds(7)), time.waits().toString());
    }

    @Test
    void aLongRetryAfterIsRefusedWithASentence() {
        server.on("/api/query", Reply.status(503).withHeader("Retry-After", "3600"));
        var error = assertThrows(WebException.class, () -> client.get(arxiv(), server.address("/api/query"), "*/*"));
        assertEquals("arXiv asks to wait 3600 s before the next request; try again then.", error.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void otherStatusesAreReturnedForTheCallerToSay() {
        assertEquals(404, client.get(arxiv(), server.address("/nothing"), "*/*").status());
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsNamed() {
        server.on("/slow", Reply.ok("text/plain", "late").delayedBy(2_000));
        var error = assertThrows(WebException.class, () -> client.get(arxiv(), server.address("/slow"), "*/*"));
        assertEquals("arXiv did not answer in 0 s.", error.getMessage());
    }

    @Test
    void aServiceThatCannotBeReachedIsNamed() {
        var closed = URI.create("http://127.0.0.1:9/api/query");
        var error = assertThrows(WebException.class, () -> client.get(arxiv(), closed, "*/*"));
        assertEquals("Cannot reach arXiv at 127.0.0.1 (is the network down?).", error.getMessage());
    }

    @Test
    void aDownloadIsSavedWhole_andOneTooLargeOrRefusedIsOneSentenceWithNothingLeft(@TempDir Path dir)
            throws IOException {
        server.on("/pdf/a.pdf", Reply.ok("application/pdf", "%PDF-1.7 a small file"));
        var saved = dir.resolve("a.pdf");
        client.download(arxiv(), server.address("/pdf/a.pdf"), "application/pdf", saved, 1024);
        assertEquals("%PDF-1.7 a small file", Files.readString(saved));

        server.on("/pdf/big.pdf", Reply.ok("application/pdf", "x".repeat(5000)));
        var big = dir.resolve("big.pdf");
        var tooLarge = assertThrows(
                WebException.class,
                () -> client.download(arxiv(), server.address("/pdf/big.pdf"), "application/pdf", big, 1000));
        assertTrue(tooLarge.getMessage().startsWith("arXiv sent more than "), tooLarge.getMessage());
        assertTrue(Files.notExists(big), "nothing partial left");

        server.on("/pdf/gone.pdf", Reply.status(404));
        var gone = dir.resolve("gone.pdf");
        var refused = assertThrows(
                WebException.class,
                () -> client.download(arxiv(), server.address("/pdf/gone.pdf"), "application/pdf", gone, 1000));
        assertTrue(refused.getMessage().startsWith("arXiv answered 404 for "), refused.getMessage());
        assertTrue(Files.notExists(gone));
    }
}
