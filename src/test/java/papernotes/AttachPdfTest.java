package papernotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.cli.CliRun;
import papernotes.pdf.Pdfs;

/// `attach`, end to end as a new user tries it: a PDF made here is attached to a note of a real library, its text
/// is read page by page, and a search finds the note by a word of its second page and names that page.
class AttachPdfTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CommandRuns.in(dir).run(args);
    }

    private JsonNode json(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static Path pdf(Path file, String... pages) {
        return Pdfs.text(file, pages);
    }

    private String newNote(String title) {
        var created = run("new", "--title", title, "--topic", "Inbox");
        assertEquals(0, created.exitCode(), created.err());
        return created.lastLine();
    }

    @Test
    void aWordOnTheSecondPageFindsTheNoteAndNamesPageTwo() throws IOException {
        var id = newNote("FSGAN reading");
        var file = pdf(
                dir.resolve("fsgan.pdf"),
                "Subject agnostic face swapping and reenactment",
                "We use a recurrent zeppelinoid generator for reenactment",
                "Results on FaceForensics");

        var attached = run("attach", id, file.toString());
        assertEquals(0, attached.exitCode(), attached.err());
        assertEquals(
                "Attached fsgan.pdf to " + id + " (FSGAN reading): 3 pages of text, searchable.", attached.lastLine());

        var found = json(run("search", "zeppelinoid", "--json"));
        assertEquals(1, found.path("total").asInt());
        var hit = found.path("hits").get(0);
        assertEquals(id, hit.path("id").asText());
        var page = hit.path("pages").get(0);
        assertEquals("fsgan.pdf", page.path("attachment").asText());
        assertEquals(2, page.path("page").asInt());
        assertTrue(page.path("snippet").asText().contains("<mark>zeppelinoid</mark>"), page.toString());
        assertEquals(1, hit.path("pages").size());

        var text = run("search", "zeppelinoid");
        assertTrue(text.out().contains("fsgan.pdf p. 2 — We use a recurrent **zeppelinoid** generator"), text.out());
    }

    @Test
    void showListsTheFilesAndTheSameFileIsKeptOnce() throws IOException {
        var first = newNote("One");
        var second = newNote("Two");
        var file = pdf(dir.resolve("paper.pdf"), "alpha particles and their tracks", "beta decay of the nucleus");
        assertEquals(0, run("attach", first, file.toString()).exitCode());
        assertEquals(0, run("attach", second, file.toString()).exitCode());
        var again = run("attach", first, file.toString());
        assertTrue(again.lastLine().startsWith("Already attached paper.pdf"), again.out());

        var shown = json(run("show", first, "--json")).path("files");
        assertEquals(1, shown.size());
        assertEquals("paper.pdf", shown.get(0).path("file").asText());
        assertEquals("text", shown.get(0).path("text").asText());
        assertEquals(2, shown.get(0).path("pages").asInt());
        try (var stored = Files.list(dir.resolve("data").resolve("attachments"))) {
            assertEquals(1, stored.filter(f -> f.toString().endsWith(".pdf")).count());
        }
        // a word of the file finds both notes
        assertEquals(2, json(run("search", "beta", "--json")).path("total").asInt());
        assertTrue(run("show", first).out().contains("file:    paper.pdf ("), "show lists the file");
    }

    @Test
    void aDetachedFileNoLongerFindsTheNote() throws IOException {
        var id = newNote("Detached");
        var file = pdf(dir.resolve("gone.pdf"), "quokkaesque words about a marsupial");
        assertEquals(0, run("attach", id, file.toString()).exitCode());
        assertEquals(
                1, json(run("search", "quokkaesque", "--json")).path("total").asInt());
        assertEquals(0, run("detach", id, "gone.pdf").exitCode());
        assertEquals(
                0, json(run("search", "quokkaesque", "--json")).path("total").asInt());
    }

    @Test
    void aBadFileIsSaidInOneSentenceAndTheOthersAreAttached() throws IOException {
        var id = newNote("Mixed");
        var good = pdf(dir.resolve("good.pdf"), "wombatlike text about a marsupial");
        var bad = Files.writeString(dir.resolve("bad.pdf"), "this is not a PDF at all");
        var missing = dir.resolve("missing.pdf");

        var attached = run("attach", id, good.toString(), bad.toString(), missing.toString());
        assertEquals(1, attached.exitCode());
        assertTrue(attached.out().contains("Attached good.pdf"), attached.out());
        assertTrue(attached.out().contains("Attached bad.pdf"), attached.out());
        assertTrue(attached.out().contains("its text cannot be searched: bad.pdf"), attached.out());
        assertTrue(attached.err().contains(missing + " is not a file; nothing was attached."), attached.err());
        assertEquals(
                1, json(run("search", "wombatlike", "--json")).path("total").asInt());
        assertEquals(
                List.of("good.pdf", "bad.pdf"),
                json(run("show", id, "--json")).path("files").findValuesAsText("file"));
    }

    @Test
    void pagesSurviveAReindexAndATrashedNotesFilesAreNotFound() throws IOException {
        var id = newNote("Kept");
        var file = pdf(dir.resolve("kept.pdf"), "first", "axolotlish second");
        assertEquals(0, run("attach", id, file.toString()).exitCode());
        assertEquals(0, run("reindex").exitCode());
        assertEquals(
                2,
                json(run("search", "axolotlish", "--json"))
                        .path("hits")
                        .get(0)
                        .path("pages")
                        .get(0)
                        .path("page")
                        .asInt());
        assertEquals(0, run("delete", id).exitCode());
        assertEquals(
                0, json(run("search", "axolotlish", "--json")).path("total").asInt());
        assertEquals(0, run("restore", id).exitCode());
        assertEquals(
                1, json(run("search", "axolotlish", "--json")).path("total").asInt());
    }
}
