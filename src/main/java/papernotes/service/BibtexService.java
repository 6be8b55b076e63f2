package papernotes.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import papernotes.interchange.BibtexReader;
import papernotes.interchange.BibtexWriter;
import papernotes.interchange.Citekeys;
import papernotes.interchange.InterchangeException;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.PaperLinks;
import papernotes.model.References;
import papernotes.model.TopicPath;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// Paper notes as BibTeX (docs/decisions/0010-backups-and-bibtex.md). Export writes one entry per note outside the
/// trash that has a paper link, arXiv id or DOI, under a key the note keeps once given. Import creates or updates
/// paper notes from a `.bib` file, matching each entry to a note by key, then DOI, then arXiv id, so that importing
/// the same file twice changes nothing the second time; the file is read and checked whole before anything is
/// written, and everything is written in one transaction.
public final class BibtexService {

    /// Where new notes from an import go unless a topic is given.
    public static final TopicPath INBOX = TopicPath.of("Inbox");

    /// An export: the file, its entries, how many notes got their key in this export, and its size.
    public record Export(Path file, int entries, int newKeys, long bytes) {}

    public enum Action {
        ADD,
        UPDATE,
        SKIP
    }

    /// What an import did (or would do) with one entry: the entry's key and line, the note it made or matched, its
    /// title, and for updates and skips, what changed or why nothing did.
    public record Change(Action action, String citekey, int line, Optional<NoteId> note, String title, String detail) {}

    public record Import(ImportMode mode, List<Change> changes) {

        public Import {
            changes = List.copyOf(changes);
        }

        public long count(Action action) {
            return changes.stream().filter(c -> c.action() == action).count();
        }
    }

    private final LibraryStore store;
    private final NoteService notes;
    private final Clock clock;
    private final Announcer announcer;

    public BibtexService(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        this.store = store;
        this.notes = notes;
        this.clock = clock;
        this.announcer = new Announcer(listener);
    }

    /// Writes the paper notes to `file` (replacing it), giving each note without a key its key first.
    public Export exportTo(Path file) {
        var assigned = new int[1];
        var papers = store.write(session -> {
            var result = new ArrayList<BibtexWriter.Paper>();
            for (var paper : session.papers().papers()) {
                var note = session.notes().find(paper.id()).orElseThrow().note();
                var key = paper.citekey().orElseGet(() -> {
                    assigned[0]++;
                    return assignKey(session, note);
                });
                result.add(new BibtexWriter.Paper(
                        key, note.title(), note.links(), note.topic().toString(), note.tags()));
            }
            return result;
        });
        long bytes = new BibtexWriter().write(file, papers);
        return new Export(file.toAbsolutePath().normalize(), papers.size(), assigned[0], bytes);
    }

    /// How to cite a note's paper: its citation key (given now when it has none, kept from then on), the key as
    /// Pandoc cites it (`[@nirkin2019fsgan]`), the reference as a bibliography writes it ([References]) and its
    /// BibTeX entry.
    public record Citation(String key, String pandoc, String reference, String bibtex) {}

    /// How to cite note `id`'s paper (any note: one without paper fields is cited by its title).
    public Citation cite(NoteId id) {
        return store.write(session -> {
            var note = session.notes()
                    .find(id)
                    .orElseThrow(() -> new NoteNotFoundException("There is no note with the id " + id + "."))
                    .note();
            var key = session.papers().citekeyOf(id).orElseGet(() -> assignKey(session, note));
            var entry = new BibtexWriter()
                    .text(List.of(new BibtexWriter.Paper(
                            key, note.title(), note.links(), note.topic().toString(), note.tags())));
            // the entry alone, without the file's opening comment
            var alone = entry.substring(Math.max(0, entry.indexOf('@'))).strip();
            return new Citation(key, "[@" + key + "]", References.of(note.title(), note.links()), alone);
        });
    }

    private static String assignKey(StoreSession session, Note note) {
        var base = Citekeys.base(note.title(), note.links().year());
        for (int n = 0; ; n++) {
            var candidate = Citekeys.candidate(base, n);
            if (!session.papers().isTaken(candidate)) {
                session.papers().assign(note.id(), candidate);
                return candidate;
            }
        }
    }

    /// Reads `file` and adds or updates paper notes from its entries: new notes go to `topic` (or [#INBOX]). An
    /// update keeps the note's title (a different entry title becomes an alias), takes the entry's DOI, arXiv id,
    /// link, year and venue where it has them, keeps the note's paper title, authors and abstract (the entry's fill
    /// them where the note has none; its title only when it is not the note's own), adds its keywords as tags, and
    /// keeps the previous version as a revision.
    public Import importFrom(Path file, Optional<TopicPath> topic, ImportMode mode) {
        var entries = new BibtexReader().read(file);
        var target = topic.orElse(INBOX);
        if (mode == ImportMode.DRY_RUN) {
            return new Import(
                    mode,
                    store.read(session -> plan(session, entries, file).stream()
                            .map(Planned::change)
                            .toList()));
        }
        var changes = store.write(session -> {
            var planned = plan(session, entries, file);
            var now = clock.instant();
            var result = new ArrayList<Change>();
            for (Planned step : planned) {
                var change = step.change();
                switch (change.action()) {
                    case ADD -> {
                        var entry = step.entry();
                        var draft = new NoteDraft(
                                Optional.empty(),
                                entry.title(),
                                target,
                                entry.keywords(),
                                List.of(),
                                entry.links(),
                                "");
                        var note = notes.insert(session, draft, now);
                        session.papers().assign(note.id(), entry.citekey());
                        change = new Change(
                                Action.ADD,
                                change.citekey(),
                                change.line(),
                                Optional.of(note.id()),
                                change.title(),
                                "new note in " + target);
                    }
                    case UPDATE -> {
                        var before = step.before().orElseThrow();
                        var after = step.after().orElseThrow();
                        if (!same(before, after)) {
                            notes.replace(session, before, after);
                        }
                        step.newKey().ifPresent(key -> session.papers().assign(before.id(), key));
                    }
                    case SKIP -> {}
                }
                result.add(change);
            }
            return result;
        });
        announcer.notes(changes.stream()
                .filter(c -> c.action() != Action.SKIP)
                .flatMap(c -> c.note().stream())
                .toList());
        return new Import(mode, changes);
    }

    private record Planned(
            Change change,
            BibtexReader.Entry entry,
            Optional<Note> before,
            Optional<Note> after,
            Optional<String> newKey) {}

    private List<Planned> plan(StoreSession session, List<BibtexReader.Entry> entries, Path file) {
        var result = new ArrayList<Planned>();
        var claimed = new HashMap<NoteId, Integer>();
        var added = new HashMap<String, Integer>();
        for (BibtexReader.Entry entry : entries) {
            var match = match(session, entry);
            if (match.isEmpty()) {
                for (String same : sameness(entry)) {
                    var other = added.putIfAbsent(same, entry.line());
                    if (other != null) {
                        throw new InterchangeException(file + " line " + entry.line() + ": the entry '"
                                + entry.citekey() + "' is the same paper as the entry on line " + other
                                + " (the same DOI or arXiv id).");
                    }
                }
                result.add(new Planned(
                        new Change(
                                Action.ADD, entry.citekey(), entry.line(), Optional.empty(), entry.title(), "new note"),
                        entry,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
                continue;
            }
            var id = match.get().getKey();
            var earlier = claimed.putIfAbsent(id, entry.line());
            if (earlier != null) {
                throw new InterchangeException(file + " line " + entry.line() + ": the entry '" + entry.citekey()
                        + "' matches the same note (" + id + ") as the entry on line " + earlier + ".");
            }
            var stored = session.notes().find(id).orElseThrow();
            var before = stored.note();
            if (stored.isTrashed()) {
                result.add(new Planned(
                        new Change(
                                Action.SKIP,
                                entry.citekey(),
                                entry.line(),
                                Optional.of(id),
                                before.title(),
                                "the note is in the trash"),
                        entry,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
                continue;
            }
            var after = merged(before, entry);
            var currentKey = session.papers().citekeyOf(id);
            Optional<String> newKey = currentKey.isEmpty() && !session.papers().isTaken(entry.citekey())
                    ? Optional.of(entry.citekey())
                    : Optional.empty();
            var detail = differences(before, after, newKey, match.get().getValue());
            var action = detail.isEmpty() ? Action.SKIP : Action.UPDATE;
            result.add(new Planned(
                    new Change(
                            action,
                            entry.citekey(),
                            entry.line(),
                            Optional.of(id),
                            before.title(),
                            detail.isEmpty()
                                    ? "unchanged (matched by " + match.get().getValue() + ")"
                                    : detail),
                    entry,
                    Optional.of(before),
                    Optional.of(after),
                    newKey));
        }
        return result;
    }

    private static List<String> sameness(BibtexReader.Entry entry) {
        var keys = new ArrayList<String>();
        entry.links().doi().ifPresent(doi -> keys.add("doi:" + doi.toLowerCase(Locale.ROOT)));
        entry.links().arxiv().ifPresent(arxiv -> keys.add("arxiv:" + arxiv));
        return keys;
    }

    /// The note an entry is about: by key, then DOI, then arXiv id; with how it was found.
    private static Optional<Entry<NoteId, String>> match(StoreSession session, BibtexReader.Entry entry) {
        var papers = session.papers();
        var byKey = papers.withCitekey(entry.citekey());
        if (byKey.isPresent()) {
            return Optional.of(Map.entry(byKey.get(), "key"));
        }
        var byDoi = entry.links().doi().map(papers::withDoi).orElse(List.of());
        if (!byDoi.isEmpty()) {
            return Optional.of(Map.entry(byDoi.getFirst(), "DOI"));
        }
        var byArxiv = entry.links().arxiv().map(papers::withArxiv).orElse(List.of());
        if (!byArxiv.isEmpty()) {
            return Optional.of(Map.entry(byArxiv.getFirst(), "arXiv id"));
        }
        return Optional.empty();
    }

    private static Note merged(Note note, BibtexReader.Entry entry) {
        var aliases = new ArrayList<>(note.aliases());
        var names = new LinkedHashSet<String>();
        names.add(note.title().toLowerCase(Locale.ROOT));
        note.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        if (!names.contains(entry.title().toLowerCase(Locale.ROOT))) {
            aliases.add(entry.title());
        }
        var tags = new ArrayList<>(note.tags());
        var present = new LinkedHashSet<String>();
        note.tags().forEach(t -> present.add(t.toLowerCase(Locale.ROOT)));
        entry.keywords().stream()
                .filter(k -> present.add(k.toLowerCase(Locale.ROOT)))
                .forEach(tags::add);
        var from = entry.links();
        var to = note.links();
        var links = new PaperLinks(
                from.paper().or(to::paper),
                to.code(),
                from.arxiv().or(to::arxiv),
                from.doi().or(to::doi),
                from.year().or(to::year),
                from.venue().or(to::venue),
                to.paperTitle().or(() -> from.paperTitle().filter(t -> !t.equalsIgnoreCase(note.title()))),
                to.authors().isEmpty() ? from.authors() : to.authors(),
                to.abstractText().or(from::abstractText));
        return new Note(
                note.id(),
                note.title(),
                note.topic(),
                tags,
                aliases,
                links,
                note.reading(),
                note.body(),
                note.created(),
                note.updated());
    }

    private static boolean same(Note a, Note b) {
        return a.tags().equals(b.tags())
                && a.aliases().equals(b.aliases())
                && a.links().equals(b.links());
    }

    private static String differences(Note before, Note after, Optional<String> newKey, String matchedBy) {
        var changed = new ArrayList<String>();
        var a = before.links();
        var b = after.links();
        if (!a.paper().equals(b.paper())) {
            changed.add("link");
        }
        if (!a.arxiv().equals(b.arxiv())) {
            changed.add("arXiv id");
        }
        if (!a.doi().equals(b.doi())) {
            changed.add("DOI");
        }
        if (!a.year().equals(b.year())) {
            changed.add("year");
        }
        if (!a.venue().equals(b.venue())) {
            changed.add("venue");
        }
        if (!a.paperTitle().equals(b.paperTitle())) {
            changed.add("paper title");
        }
        if (!a.authors().equals(b.authors())) {
            changed.add("authors");
        }
        if (!a.abstractText().equals(b.abstractText())) {
            changed.add("abstract");
        }
        if (!before.aliases().equals(after.aliases())) {
            changed.add("alias");
        }
        if (!before.tags().equals(after.tags())) {
            changed.add("tags");
        }
        newKey.ifPresent(key -> changed.add("key"));
        return changed.isEmpty() ? "" : String.join(", ", changed) + " (matched by " + matchedBy + ")";
    }
}
