package papernotes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.pdf.Pdfs;
import papernotes.web.LocalServer;
import papernotes.web.LocalServer.Reply;

/// `new --from`, end to end as a new user tries it: a real HTTP server on 127.0.0.1 stands in for arXiv and
/// Crossref (named by `PAPERNOTES_ARXIV_API` and `PAPERNOTES_CROSSREF_API`), and the library is a real one in a
/// temporary folder.
class NewFromPaperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final LocalServer server = start();

    private static LocalServer start() {
        try {
            return new LocalServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                NewFromPaperTest.class.getResourceAsStream("/papernotes/interchange/lookup/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CliRun run(String... args) {
        return CommandRuns.in(dir)
                .withEnvironment(Map.of(
                        "PAPERNOTES_ARXIV_API", server.address("/api/query").toString(),
                        "PAPERNOTES_CROSSREF_API", server.address("/works").toString(),
                        "PAPERNOTES_DOI_RESOLVER", server.address("/doi/").toString(),
                        "PAPERNOTES_ARXIV_PDF", server.address("/pdf/").toString()))
                .run(args);
    }

    private JsonNode json(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withPdfThePapersPdfIsDownloadedAndAttached_andItsPagesAreSearchable() throws IOException {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var pdf = Pdfs.text(
                dir.resolve("made.pdf"), "An Image is Worth 16x16 Words", "The patches are zeppelinoid tokens");
        server.on("/pdf/2010.11929.pdf", Reply.ok("application/pdf", Files.readAllBytes(pdf)));

        var created = run("new", "--from", "2010.11929", "--pdf");

        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.out().contains("2010.11929.pdf attached: 2 pages of text, searchable."), created.out());
        var found = run("search", "zeppelinoid");
        assertTrue(found.out().contains("2010.11929.pdf p. 2 — "), found.out());
        assertTrue(
                server.requests().stream().anyMatch(r -> r.uri().getPath().equals("/pdf/2010.11929.pdf")),
                "asked where PAPERNOTES_ARXIV_PDF says");
    }

    @Test
    void aPdfThatCannotBeFetchedIsOneSentence_andTheNoteIsSavedWithoutIt() {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        server.on("/pdf/2010.11929.pdf", Reply.ok("text/html", "<html>captcha</html>".getBytes(UTF_8)));

        var created = run("new", "--from", "2010.11929", "--pdf");

        assertEquals(0, created.exitCode(), created.err());
        assertTrue(
                created.err().contains("arXiv did not answer with a PDF for 2010.11929")
                        && created.err().contains("The note was saved without it."),
                created.err());
        var id = created.lines().getLast();
        assertTrue(json(run("show", id, "--json")).get("files").isEmpty(), "nothing attached");
    }

    @Test
    void anArxivIdBecomesANoteWithThePapersTitleAuthorsAndAbstract() throws IOException {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var created = run("new", "--from", "2010.11929");
        assertEquals(0, created.exitCode(), created.err());
        assertEquals(
                List.of(
                        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale (2020)",
                        "Alexey Dosovitskiy, Lucas Beyer, Alexander Kolesnikov",
                        "Saved in Inbox."),
                created.lines().subList(0, 3));
        var id = created.lastLine();

        var shown = json(run("show", id, "--json"));
        assertEquals(
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                shown.path("title").asText());
        assertEquals("Inbox", shown.path("topic").asText());
        assertEquals(3, shown.path("authors").size());
        assertTrue(shown.path("abstract").asText().startsWith("While the Transformer architecture"));
        assertEquals("2010.11929", shown.path("arxiv").asText());
        assertEquals(2020, shown.path("year").asInt());
        assertEquals("ICLR", shown.path("venue").asText());
        assertEquals("to-read", shown.path("status").asText(), "a paper just found is one to read");

        var bib = dir.resolve("papers.bib");
        var exported = run("export", "--format", "bibtex", bib.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains(" 2 entries to "), exported.out());
        var text = Files.readString(bib);
        assertTrue(
                text.contains("title = {{An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale}}"),
                text);
        assertTrue(text.contains("author = {Alexey Dosovitskiy and Lucas Beyer and Alexander Kolesnikov}"), text);
        assertTrue(text.contains("abstract = {While the Transformer architecture"), text);
        assertTrue(text.contains("eprint = {2010.11929}"), text);

        var vault = dir.resolve("vault");
        assertEquals(0, run("export", vault.toString()).exitCode());
        try (var files = Files.walk(vault)) {
            var note = Files.readString(
                    files.filter(f -> f.getFileName().toString().startsWith("An Image"))
                            .findFirst()
                            .orElseThrow());
            assertTrue(note.contains("authors:\n") && note.contains("Alexey Dosovitskiy"), note);
            assertTrue(note.contains("abstract: "), note);
            assertTrue(note.contains("paper-title: "), note);
        }
    }

    @Test
    void aShortTitleAndATopicCanBeGivenAndThePaperIsNotAddedTwice() {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var first = run(
                "new", "--from", "https://arxiv.org/abs/2010.11929v2", "--title", "ViT", "--topic", "ViT Transformer");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("Saved in ViT Transformer.", first.lines().get(2));
        var again = run("new", "--from", "arXiv:2010.11929");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(
                "The library already has a note about this paper: ViT (ViT Transformer).",
                again.lines().get(2));
        assertEquals(first.lastLine(), again.lastLine());
    }

    @Test
    void aPaperNoServiceKnowsIsOneSentenceAndNoNote() {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-empty.xml")));
        int before = json(run("list", "--json")).size();
        var failed = run("new", "--from", "2301.99999");
        assertEquals(1, failed.exitCode());
        assertEquals("papernotes: arXiv has no paper 2301.99999.", failed.err().strip());
        assertEquals(before, json(run("list", "--json")).size());
        var exported =
                run("export", "--format", "bibtex", dir.resolve("one.bib").toString());
        assertTrue(exported.out().startsWith("Exported 1 entry to "), exported.out());
        assertTrue(exported.out().contains("(1 note got its citation key now)"), exported.out());
    }

    @Test
    void fetchFillsWhatANoteLacksAfterSayingWhat() {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var id = run(
                        "new",
                        "--title",
                        "ViT",
                        "--topic",
                        "ViT Transformer",
                        "--arxiv",
                        "2010.11929",
                        "--venue",
                        "ICLR 2021")
                .lastLine();

        var dry = run("edit", id, "--fetch", "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertEquals(
                List.of(
                        "Would fill in " + id + " (ViT):",
                        "  paper title: An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
                        "  authors: Alexey Dosovitskiy, Lucas Beyer, Alexander Kolesnikov",
                        "  year: 2020",
                        "  abstract: While the Transformer architecture has become the de-facto standard for natural…"),
                dry.lines());
        assertEquals(0, json(run("show", id, "--json")).path("authors").size(), "a dry run writes nothing");

        var filled = run("edit", id, "--fetch");
        assertEquals("Filled in " + id + " (ViT):", filled.lines().getFirst());
        var shown = json(run("show", id, "--json"));
        assertEquals(3, shown.path("authors").size());
        assertEquals("ICLR 2021", shown.path("venue").asText(), "a field the note has stays");
        assertEquals("ViT", shown.path("title").asText());
        assertEquals(
                List.of("Nothing to fill in " + id + " (ViT): it has every field the services know."),
                run("edit", id, "--fetch").lines());
    }

    @Test
    void aNoteWithATitleAloneIsFoundByCrossrefsSearch() {
        server.on("/works", Reply.ok("application/json", fixture("crossref-search.json")));
        var id = run("new", "--title", "FSGAN: Subject Agnostic Face Swapping and Reenactment", "--topic", "Face Swap")
                .lastLine();
        var filled = run("edit", id, "--fetch");
        assertEquals(0, filled.exitCode(), filled.err());
        assertTrue(filled.lines().contains("  doi: 10.1109/ICCV.2019.00728"), filled.out());
        assertTrue(filled.lines().contains("  venue: ICCV"), filled.out());

        var chinese =
                run("new", "--title", "Disney高清换脸", "--topic", "Face Swap").lastLine();
        var failed = run("edit", chinese, "--fetch");
        assertEquals(1, failed.exitCode());
        assertTrue(
                failed.err().startsWith("papernotes: Crossref found no paper titled 'Disney高清换脸' (the closest is"),
                failed.err());
    }

    @Test
    void withoutFromTheTitleAndTopicAreStillRequired() {
        var failed = run("new", "--title", "x");
        assertEquals(2, failed.exitCode());
        assertEquals(
                "papernotes: Missing required option: '--topic=PATH' (see 'papernotes new --help').",
                failed.err().strip());
    }

    @Test
    void aPdfWithArxivsStampBecomesTheNoteAboutItsPaperWithThePdfAttached() throws IOException {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var pdf = Pdfs.text(
                dir.resolve("2010.11929v2.pdf"),
                "arXiv:2010.11929v2 [cs.CV] 3 Jun 2021 An Image is Worth 16x16 Words",
                "The standard quuxformer receives as input a 1D sequence of token embeddings");
        var created = run("new", "--from", pdf.toString());
        assertEquals(0, created.exitCode(), created.err());
        assertEquals(
                "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale (2020)",
                created.lines().getFirst());
        assertEquals(
                "Saved in Inbox; 2010.11929v2.pdf attached: 2 pages of text, searchable.",
                created.lines().get(created.lines().size() - 2));
        var shown = json(run("show", created.lastLine(), "--json"));
        assertEquals("2010.11929", shown.path("arxiv").asText());
        assertEquals("2010.11929v2.pdf", shown.path("files").get(0).path("file").asText());
        var found = json(run("search", "quuxformer", "--json"));
        assertEquals(
                2, found.path("hits").get(0).path("pages").get(0).path("page").asInt());
    }

    @Test
    void aPdfWhosePaperCannotBeLookedUpStillBecomesANoteTitledByItsTitleLine() throws IOException {
        server.on("/api/query", Reply.status(503));
        var pdf = Pdfs.text(
                dir.resolve("paper.pdf"),
                "Zeppelin Networks for Airborne Segmentation arXiv:2401.00001v1",
                "Second page of the zeppelin paper with enough words");
        var created = run("new", "--from", pdf.toString());
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.err().contains("arXiv"), created.err());
        var shown = json(run("show", created.lastLine(), "--json"));
        assertEquals("2401.00001", shown.path("arxiv").asText());
        assertEquals("paper.pdf", shown.path("files").get(0).path("file").asText());
        assertEquals(1, json(run("search", "zeppelin", "--json")).path("total").asInt());
    }

    @Test
    void citeGivesTheReferenceTheKeyPandocsFormAndTheEntry() {
        server.on("/api/query", Reply.ok("application/atom+xml", fixture("arxiv-2010.11929.xml")));
        var id = run("new", "--from", "2010.11929", "--title", "ViT").lastLine();
        var reference = run("cite", id);
        assertEquals(0, reference.exitCode(), reference.err());
        assertEquals(
                "Dosovitskiy, A., Beyer, L., & Kolesnikov, A. (2020). An Image is Worth 16x16 Words: Transformers for"
                        + " Image Recognition at Scale. ICLR. https://arxiv.org/abs/2010.11929",
                reference.lastLine());
        var json = json(run("cite", id, "--json"));
        var key = json.path("key").asText();
        assertEquals("[@" + key + "]", run("cite", id, "--format", "pandoc").lastLine());
        assertEquals(key, run("cite", id, "--format", "key").lastLine());
        assertTrue(
                json.path("bibtex").asText().startsWith("@misc{" + key + ","),
                json.path("bibtex").asText());
        // the key stays the note's
        assertTrue(run("export", "--format", "bibtex", dir.resolve("out.bib").toString())
                        .exitCode()
                == 0);
        try {
            assertTrue(Files.readString(dir.resolve("out.bib")).contains("{" + key + ","));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
