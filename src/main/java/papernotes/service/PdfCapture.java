package papernotes.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import papernotes.model.Failures;
import papernotes.model.FileText;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.PaperInText;
import papernotes.model.PaperLinks;
import papernotes.model.PaperNotesException;
import papernotes.model.PaperReference;
import papernotes.model.TopicPath;

/// A note made from a PDF (dropped on the note list, as into Zotero): the PDF is kept in the library and read; the
/// paper its first pages name (arXiv's stamp, a DOI, else its title line) is looked up as `new --from` would; the
/// note is made from what the services say, or, when they cannot tell, titled by the PDF's title line (or its file
/// name), and the PDF is attached to it. Nothing is lost when the network is down: the note is made all the same,
/// and `problem` says in one sentence what could not be done.
public final class PdfCapture {

    /// The note, whether the library had a note about the paper already, the PDF as attached, and what went wrong
    /// looking the paper up, if anything.
    public record Captured(Note note, boolean existed, NoteFileService.Attached pdf, Optional<String> problem) {}

    private final PaperCapture papers;
    private final NoteService notes;
    private final NoteFileService files;

    public PdfCapture(PaperCapture papers, NoteService notes, NoteFileService files) {
        this.papers = papers;
        this.notes = notes;
        this.files = files;
    }

    /// Makes (or finds) the note about the paper `pdf` holds, in `topic` (or [BibtexService#INBOX]), and attaches
    /// the PDF to it. Throws [PaperNotesException] only when the file itself cannot be copied into the library.
    public Captured capture(Path pdf, Optional<TopicPath> topic) {
        var kept = files.keep(pdf);
        var pages = kept.text().filter(t -> t.state() == FileText.State.TEXT).isPresent()
                ? files.pages(kept.file())
                : List.<String>of();
        var reference = PaperInText.find(pages);
        Optional<String> problem = Optional.empty();
        if (reference.isPresent()) {
            try {
                var captured = papers.capture(reference.get(), topic, Optional.empty(), List.of());
                files.list(captured.note().id(), kept.file());
                return new Captured(notes.get(captured.note().id()).note(), captured.existed(), kept, problem);
            } catch (PaperNotesException e) {
                problem = Optional.of(Failures.message(e));
            }
        }
        var title = pages.stream()
                .findFirst()
                .flatMap(PaperInText::titleLine)
                .orElseGet(() -> withoutExtension(kept.file().fileName()));
        var links = reference
                .filter(r -> r instanceof PaperReference.ByArxiv || r instanceof PaperReference.ByDoi)
                .map(PdfCapture::links)
                .orElse(PaperLinks.NONE);
        var note = notes.create(new NoteDraft(
                Optional.empty(),
                PaperCapture.shortened(title),
                topic.orElse(BibtexService.INBOX),
                List.of(),
                List.of(),
                links,
                ""));
        files.list(note.id(), kept.file());
        return new Captured(notes.get(note.id()).note(), false, kept, problem);
    }

    /// The ids a PDF names, kept on a note made without the services.
    private static PaperLinks links(PaperReference reference) {
        return switch (reference) {
            case PaperReference.ByArxiv arxiv ->
                new PaperLinks(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(arxiv.id()),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
            case PaperReference.ByDoi doi ->
                new PaperLinks(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(doi.name()),
                        Optional.empty(),
                        Optional.empty());
            default -> PaperLinks.NONE;
        };
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var name = dot > 0 ? fileName.substring(0, dot) : fileName;
        return name.isBlank() ? fileName : name;
    }
}
