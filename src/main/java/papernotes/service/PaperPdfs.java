package papernotes.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import papernotes.model.Note;
import papernotes.model.PaperNotesException;
import papernotes.web.PoliteClient;
import papernotes.web.Service;

/// A paper's PDF fetched when the user asks for it (never by itself): arXiv's, for a note with an arXiv id, from
/// where [LookupEndpoints#arxivPdf] says, with arXiv's etiquette; attached to the note, its text read and its pages
/// searchable like a PDF attached by hand.
public final class PaperPdfs {

    /// The largest PDF taken, as for a PDF attached by hand.
    static final long MAX_BYTES = 512L * 1024 * 1024;
    static final String FOLDER = "downloads";

    private final PoliteClient client;
    private final Supplier<LookupEndpoints> endpoints;
    private final NoteFileService files;
    private final Path scratch;

    /// `scratch`: where a download is written before it is kept in the library (emptied after each).
    public PaperPdfs(PoliteClient client, Supplier<LookupEndpoints> endpoints, NoteFileService files, Path scratch) {
        this.client = client;
        this.endpoints = endpoints;
        this.files = files;
        this.scratch = scratch;
    }

    /// Where the PDF of the paper `note` is about can be fetched from; empty when no service is known to have it
    /// (only arXiv's PDFs are fetched: publishers' are seldom free to take).
    public Optional<URI> address(Note note) {
        return note.links().arxiv().map(id -> endpoints.get().arxivPdf(id));
    }

    /// Fetches the PDF of the paper `note` is about and attaches it to the note. Throws [PaperNotesException] in one
    /// sentence when there is none to fetch, or it could not be fetched or is not a PDF; nothing is attached then.
    public NoteFileService.Attached fetch(Note note) {
        var address = address(note)
                .orElseThrow(() -> new PaperNotesException(
                        "No PDF is known for " + note.title() + ": only arXiv's are fetched. Attach one with attach "
                                + note.id().value() + " FILE."));
        var id = note.links().arxiv().orElseThrow();
        var download = scratch.resolve(id.replace('/', '_') + ".pdf");
        try {
            Files.createDirectories(scratch);
            client.download(
                    new Service("arXiv", address, PaperLookup.ARXIV_SPACING),
                    address,
                    "application/pdf",
                    download,
                    MAX_BYTES);
            if (!startsLikeAPdf(download)) {
                throw new PaperNotesException(
                        "arXiv did not answer with a PDF for " + id + " (at " + address + "); nothing was attached.");
            }
            var kept = files.keep(download);
            files.list(note.id(), kept.file());
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("The download folder " + scratch + " could not be used", e);
        } finally {
            try {
                Files.deleteIfExists(download);
            } catch (IOException e) {
                // left in the scratch folder, emptied with the next download of the same paper
            }
        }
    }

    private static boolean startsLikeAPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(5), new byte[] {'%', 'P', 'D', 'F', '-'});
        }
    }
}
