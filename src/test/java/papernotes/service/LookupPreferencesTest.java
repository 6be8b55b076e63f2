package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.model.InvalidInputException;
import papernotes.model.PaperReference;
import papernotes.web.LocalServer;
import papernotes.web.LocalServer.Reply;
import papernotes.web.PoliteClient;
import papernotes.web.SteppedTime;

/// Where papers are looked up, as chosen in Preferences: saved in the data folder, counting from the next lookup
/// on, an environment variable winning over it, a blank choice the default, a choice that cannot be an address
/// refused in one sentence with nothing saved.
class LookupPreferencesTest {

    @TempDir
    Path dir;

    private final LocalServer server = LocalServers.start();
    private final PoliteClient client = new PoliteClient(
            "test",
            () -> new LookupPreferences(dir, Map.of()).endpoints().mailto(),
            new SteppedTime(),
            Duration.ofSeconds(5));

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aMirrorChosenIsAskedFromTheNextLookupOn_withTheContactAddressInTheUserAgent() {
        server.on("/mirror/query", Reply.ok("application/atom+xml", PaperLookupTest.fixture("arxiv-2010.11929.xml")));
        var preferences = new LookupPreferences(dir, Map.of());
        var lookup = new PaperLookup(client, preferences::endpoints);
        assertEquals(LookupEndpoints.DEFAULT, preferences.endpoints(), "nothing chosen: the defaults");

        preferences.save(Map.of(
                "PAPERNOTES_ARXIV_API", server.address("/mirror/query").toString(), "PAPERNOTES_MAILTO", "me@lab.edu"));
        var paper = lookup.find(PaperReference.parse("2010.11929"));

        assertEquals("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", paper.title());
        assertTrue(
                server.requests().getFirst().header("User-Agent").contains("mailto:me@lab.edu"),
                server.requests().getFirst().header("User-Agent"));
        assertEquals(
                Map.of(
                        "PAPERNOTES_ARXIV_API",
                        server.address("/mirror/query").toString(),
                        "PAPERNOTES_MAILTO",
                        "me@lab.edu"),
                new LookupPreferences(dir, Map.of()).saved(),
                "kept for the next start, and for the command line");
    }

    @Test
    void anEnvironmentVariableWinsOverTheChoice_andABlankChoiceIsTheDefault() {
        var preferences = new LookupPreferences(
                dir, Map.of("PAPERNOTES_CROSSREF_API", "http://127.0.0.1:9/works", "HOME", "/root"));
        preferences.save(
                Map.of("PAPERNOTES_CROSSREF_API", "https://mirror.example/works", "PAPERNOTES_ARXIV_API", " "));

        assertEquals(
                "http://127.0.0.1:9/works",
                preferences.endpoints().crossrefApi().toString());
        assertEquals(LookupEndpoints.DEFAULT.arxivApi(), preferences.endpoints().arxivApi());
        assertEquals(Map.of("PAPERNOTES_CROSSREF_API", "http://127.0.0.1:9/works"), preferences.fromEnvironment());
    }

    @Test
    void anAddressThatCannotBeOneIsRefusedAndNothingIsSaved() throws Exception {
        var preferences = new LookupPreferences(dir, Map.of());
        preferences.save(Map.of("PAPERNOTES_DOI_RESOLVER", "https://doi.example/"));
        var before = Files.readString(dir.resolve(LookupPreferences.FILE));

        var refused = assertThrows(
                InvalidInputException.class,
                () -> preferences.save(Map.of("PAPERNOTES_ARXIV_API", "export.arxiv.org/api/query")));
        assertEquals(
                "'export.arxiv.org/api/query' is not a web address: give one starting with https:// or http://.",
                refused.getMessage());
        assertThrows(InvalidInputException.class, () -> preferences.save(Map.of("PAPERNOTES_MAILTO", "me at lab")));
        assertEquals(before, Files.readString(dir.resolve(LookupPreferences.FILE)));
        assertEquals(
                "https://doi.example/", preferences.endpoints().doiResolver().toString());
    }

    @Test
    void anUnreadableFileCountsAsNoChoice() throws Exception {
        Files.write(dir.resolve(LookupPreferences.FILE), new byte[] {'\\', 'u', 'z', 'z'});
        assertEquals(LookupEndpoints.DEFAULT, new LookupPreferences(dir, Map.of()).endpoints());
    }
}
