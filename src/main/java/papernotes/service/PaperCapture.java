package papernotes.service;

import java.util.List;
import java.util.Optional;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperMetadata;
import papernotes.model.PaperReference;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;

/// From a paper to a note in one step: what a person pastes (an arXiv id or address, a DOI, a paper's page, a
/// title) is looked up ([PaperLookup]), and a note is made with the paper's title, authors, year, venue, abstract,
/// arXiv id, DOI and link, in `Inbox` unless a topic is given. A paper the library already has a note about (the
/// same arXiv id or DOI) gets no second note: that note is returned.
public final class PaperCapture {

    /// The note about the paper, what the services said of it, and whether the note was there already.
    public record Captured(Note note, PaperMetadata paper, boolean existed) {}

    private final PaperLookup lookup;
    private final NoteService notes;
    private final LibraryStore store;

    public PaperCapture(PaperLookup lookup, NoteService notes, LibraryStore store) {
        this.lookup = lookup;
        this.notes = notes;
        this.store = store;
    }

    /// Looks up the paper `from` names and makes its note in `topic` (or [BibtexService#INBOX]), titled `title` (or
    /// the paper's title) and tagged `tags`. Throws
    /// [papernotes.model.InvalidInputException] for input that names no paper, [LookupException] when no service
    /// knows it, and [papernotes.web.WebException] when a service cannot be asked; nothing is written then.
    public Captured capture(String from, Optional<TopicPath> topic, Optional<String> title, List<String> tags) {
        var paper = lookup.find(PaperReference.parse(from));
        var existing = existing(paper);
        if (existing.isPresent()) {
            return new Captured(notes.get(existing.get()).note(), paper, true);
        }
        var draft = new NoteDraft(
                Optional.empty(),
                title.orElseGet(() -> shortened(paper.title())),
                topic.orElse(BibtexService.INBOX),
                tags,
                List.of(),
                paper.links(),
                "");
        return new Captured(notes.create(draft), paper, false);
    }

    /// A note's title holds at most [Labels#MAX_TITLE_LENGTH] characters; the paper keeps its full title.
    private static String shortened(String title) {
        return title.length() <= Labels.MAX_TITLE_LENGTH
                ? title
                : title.substring(0, Labels.MAX_TITLE_LENGTH - 1).strip() + "…";
    }

    private Optional<NoteId> existing(PaperMetadata paper) {
        return store.read(session -> paper.arxiv()
                .flatMap(id -> session.papers().withArxiv(id).stream().findFirst())
                .or(() -> paper.doi()
                        .flatMap(doi -> session.papers().withDoi(doi).stream().findFirst())));
    }
}
