package papernotes.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperMetadata;
import papernotes.model.PaperReference;
import papernotes.model.Reading;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;

/// From a paper to a note in one step: what a person pastes (an arXiv id or address, a DOI, a paper's page, a
/// title) is looked up ([PaperLookup]), and a note is made with the paper's title, authors, year, venue, abstract,
/// arXiv id, DOI and link, in `Inbox` unless a topic is given. A paper the library already has a note about (the
/// same arXiv id or DOI) gets no second note: that note is returned.
public final class PaperCapture {

    /// The note about the paper, what the services said of it, and whether the note was there already.
    public record Captured(Note note, PaperMetadata paper, boolean existed) {}

    /// What filling a note's missing paper fields found: the note (as saved, when something was filled), what the
    /// services said of the paper, and each field filled, as `name: value`.
    public record Filled(Note note, PaperMetadata paper, List<String> fields) {}

    /// What a note captured from a paper starts with: a paper just found is one to read.
    public static final Reading READING = Reading.of(ReadingStatus.TO_READ);

    private final PaperLookup lookup;
    private final NoteService notes;
    private final LibraryStore store;

    public PaperCapture(PaperLookup lookup, NoteService notes, LibraryStore store) {
        this.lookup = lookup;
        this.notes = notes;
        this.store = store;
    }

    /// Looks up the paper `from` names and makes its note in `topic` (or [BibtexService#INBOX]), titled `title` (or
    /// the paper's title) and tagged `tags`, to be read ([#READING]). Throws
    /// [papernotes.model.InvalidInputException] for input that names no paper, [LookupException] when no service
    /// knows it, and [papernotes.web.WebException] when a service cannot be asked; nothing is written then.
    public Captured capture(String from, Optional<TopicPath> topic, Optional<String> title, List<String> tags) {
        return capture(PaperReference.parse(from), topic, title, tags, READING);
    }

    /// As [#capture(String, Optional, Optional, List)], for a reference already read.
    public Captured capture(
            PaperReference reference, Optional<TopicPath> topic, Optional<String> title, List<String> tags) {
        return capture(reference, topic, title, tags, READING);
    }

    /// Captures as [#capture(String, Optional, Optional, List)] does, the new note starting with `reading` (a note
    /// the library had already stays as it is).
    public Captured capture(
            String from, Optional<TopicPath> topic, Optional<String> title, List<String> tags, Reading reading) {
        return capture(PaperReference.parse(from), topic, title, tags, reading);
    }

    private Captured capture(
            PaperReference reference,
            Optional<TopicPath> topic,
            Optional<String> title,
            List<String> tags,
            Reading reading) {
        var paper = lookup.find(reference);
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
                reading,
                "");
        return new Captured(notes.create(draft), paper, false);
    }

    /// Fills the paper fields note `id` lacks (full title, authors, year, venue, abstract, arXiv id, DOI, link) from
    /// what the services know of its paper: found by its arXiv id, else its DOI, else its paper link, else its
    /// paper's title or its own. Fields the note has stay as they are. With `apply` false nothing is written; the
    /// answer says what would be filled.
    public Filled fill(NoteId id, boolean apply) {
        var note = notes.get(id).note();
        var links = note.links();
        var paper = lookup.find(reference(note));
        var found = paper.links();
        var changes = NoteChanges.none();
        var fields = new ArrayList<String>();
        if (links.paperTitle().isEmpty() && found.paperTitle().isPresent()) {
            changes = changes.withPaperTitle(found.paperTitle().get());
            fields.add("paper title: " + found.paperTitle().get());
        }
        if (links.authors().isEmpty() && !found.authors().isEmpty()) {
            changes = changes.withAuthors(found.authors());
            fields.add("authors: " + String.join(", ", found.authors()));
        }
        if (links.year().isEmpty() && found.year().isPresent()) {
            changes = changes.withYear(found.year().get());
            fields.add("year: " + found.year().get());
        }
        if (links.venue().isEmpty() && found.venue().isPresent()) {
            changes = changes.withVenue(found.venue().get());
            fields.add("venue: " + found.venue().get());
        }
        if (links.abstractText().isEmpty() && found.abstractText().isPresent()) {
            changes = changes.withAbstract(found.abstractText().get());
            fields.add("abstract: " + firstWords(found.abstractText().get()));
        }
        if (links.arxiv().isEmpty() && found.arxiv().isPresent()) {
            changes = changes.withArxiv(found.arxiv().get());
            fields.add("arxiv: " + found.arxiv().get());
        }
        if (links.doi().isEmpty() && found.doi().isPresent()) {
            changes = changes.withDoi(found.doi().get());
            fields.add("doi: " + found.doi().get());
        }
        if (links.paper().isEmpty() && found.paper().isPresent()) {
            changes = changes.withPaper(found.paper().get());
            fields.add("paper: " + found.paper().get());
        }
        if (apply && !fields.isEmpty()) {
            note = notes.edit(id, changes).note();
        }
        return new Filled(note, paper, List.copyOf(fields));
    }

    private static PaperReference reference(Note note) {
        var links = note.links();
        return links.arxiv()
                .<PaperReference>map(PaperReference.ByArxiv::new)
                .or(() -> links.doi().map(PaperReference.ByDoi::new))
                .or(() -> links.paper().map(PaperReference::parse).filter(r -> !(r instanceof PaperReference.ByTitle)))
                .orElseGet(() -> PaperReference.parse(links.paperTitle().orElse(note.title())));
    }

    private static String firstWords(String text) {
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 79).strip() + "…";
    }

    /// A note's title holds at most [Labels#MAX_TITLE_LENGTH] characters; the paper keeps its full title.
    static String shortened(String title) {
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
