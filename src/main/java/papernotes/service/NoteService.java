package papernotes.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import papernotes.markdown.LinkTargets;
import papernotes.model.InvalidInputException;
import papernotes.model.LinkTarget;
import papernotes.model.Note;
import papernotes.model.NoteChanges;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.NoteOrder;
import papernotes.model.NoteSummary;
import papernotes.model.StoredNote;
import papernotes.model.TrashedNote;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// Creating, reading, editing, trashing and restoring notes, and which notes link to a note. Each change is one
/// transaction; an edit keeps the version it replaces as a revision; a save records in the same transaction what
/// the body links to (docs/decisions/0007-connections-and-quick-switcher.md).
public final class NoteService {

    /// Where the library records which version of [LinkTargets] its links were read with. Bump [#LINKS_FORMAT]
    /// when what counts as a link changes: every body is read again at the next start.
    static final String LINKS_FORMAT_KEY = "links.format";
    static final String LINKS_FORMAT = "1";
    static final int LINKS_BATCH = 500;

    /// An autosave this long after the session's previous save starts a new revision ([#amend]).
    public static final Duration SESSION_PAUSE = Duration.ofMinutes(5);

    private final LibraryStore store;
    private final Clock clock;
    private final RandomGenerator random;
    private final Announcer announcer;
    private final LinkTargets linkTargets = new LinkTargets();

    public NoteService(LibraryStore store, Clock clock, RandomGenerator random, ChangeListener listener) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.announcer = new Announcer(listener);
    }

    public NoteService(LibraryStore store, Clock clock, RandomGenerator random) {
        this(store, clock, random, ChangeListener.NONE);
    }

    /// Tells the listener (the search index) about a committed change; its failure never undoes the save.
    private <T> T announce(NoteId id, T result) {
        announcer.note(id);
        return result;
    }

    /// Stores a new note; missing topics are created. Returns the note as stored.
    public Note create(NoteDraft draft) {
        var note = store.write(session -> insert(session, draft, clock.instant()));
        return announce(note.id(), note);
    }

    /// A note to add with the times it came with.
    public record Dated(NoteDraft draft, Instant created, Instant updated) {}

    /// Adds notes, keeping their ids and times, in one transaction (all or none), and tells the listener once.
    public List<NoteId> createAll(List<Dated> notes) {
        var ids = store.write(session -> {
            var added = new ArrayList<NoteId>(notes.size());
            for (Dated dated : notes) {
                added.add(insert(session, dated.draft(), dated.created(), dated.updated())
                        .id());
            }
            return added;
        });
        announcer.notes(ids);
        return ids;
    }

    Note insert(StoreSession session, NoteDraft draft, Instant now) {
        return insert(session, draft, now, now);
    }

    /// Stores a new note created and last updated at the times given (an import keeps the times it came with).
    Note insert(StoreSession session, NoteDraft draft, Instant created, Instant updated) {
        var notes = session.notes();
        var id = draft.id().orElseGet(() -> freshId(session, Set.of()));
        if (draft.id().isPresent() && notes.exists(id)) {
            throw new InvalidInputException("A note with the id " + id + " already exists.");
        }
        var note = new Note(
                id,
                draft.title(),
                draft.topic(),
                draft.tags(),
                draft.aliases(),
                draft.links(),
                draft.reading(),
                draft.body(),
                created,
                updated);
        notes.insert(note);
        session.links().replace(id, linkTargets.of(note.body()));
        return note;
    }

    /// An id no note of the library has and that is not among `reserved` (ids an import is about to use).
    NoteId freshId(StoreSession session, Set<NoteId> reserved) {
        for (int attempt = 0; attempt < 100; attempt++) {
            var id = NoteId.random(random);
            if (!reserved.contains(id) && !session.notes().exists(id)) {
                return id;
            }
        }
        throw new IllegalStateException("No free note id found");
    }

    /// Applies `changes` to the note. When anything changes, the previous version is kept as a revision.
    public EditOutcome edit(NoteId id, NoteChanges changes) {
        var outcome = store.write(session -> edit(session, id, changes, Optional.empty()));
        return outcome.changed() ? announce(id, outcome) : outcome;
    }

    /// Applies `changes` as the next save of an editing session (the window's autosave) whose previous save gave
    /// `last`. While the note is still stored as `last`, and that save is less than [#SESSION_PAUSE] old, the note
    /// is updated in place and no revision is kept: the session's first save, an ordinary [#edit], kept the version
    /// from before the session, and it stays as it is. Otherwise (the note changed elsewhere meanwhile, the user
    /// paused, it has no revision) this is an ordinary edit. The outcome names the revision that holds the version
    /// from before the session.
    public EditOutcome amend(NoteId id, NoteChanges changes, Note last) {
        var outcome = store.write(session -> edit(session, id, changes, Optional.of(last)));
        return outcome.changed() ? announce(id, outcome) : outcome;
    }

    private EditOutcome edit(StoreSession session, NoteId id, NoteChanges changes, Optional<Note> last) {
        var stored = require(session, id);
        if (stored.isTrashed()) {
            throw new InvalidInputException(
                    "The note " + id + " (" + stored.note().title() + ") is in the trash; restore it first.");
        }
        var before = stored.note();
        var after = apply(before, changes);
        if (sameContent(before, after)) {
            return new EditOutcome(before, Optional.empty());
        }
        var continued = last.filter(saved -> sameContent(saved, before)
                        && sameMillis(saved.updated(), before.updated())
                        && Duration.between(before.updated(), clock.instant()).compareTo(SESSION_PAUSE) < 0)
                .flatMap(saved -> session.revisions().newest(id));
        return continued.isPresent()
                ? update(session, before, after, continued.get())
                : replace(session, before, after);
    }

    private static boolean sameMillis(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MILLIS).equals(b.truncatedTo(ChronoUnit.MILLIS));
    }

    /// Saves `after` in the place of `before` (the same note as stored) as an edit, in the caller's transaction: keeps
    /// `before` as a revision, gives the note a new time and change number, and records its links if the body
    /// changed.
    EditOutcome replace(StoreSession session, Note before, Note after) {
        return update(session, before, after, session.revisions().keep(before));
    }

    /// Saves `after` in the place of `before` without keeping `before`; `revision` holds the version before it.
    private EditOutcome update(StoreSession session, Note before, Note after, int revision) {
        var now = clock.instant();
        var saved = withUpdated(
                after, now.isAfter(before.updated()) ? now : before.updated().plusMillis(1));
        session.notes().update(saved);
        if (!saved.reading().equals(before.reading())) {
            session.notes().setReading(saved.id(), saved.reading());
        }
        if (!saved.body().equals(before.body())) {
            session.links().replace(before.id(), linkTargets.of(saved.body()));
        }
        return new EditOutcome(saved, Optional.of(revision));
    }

    /// What `body` links to, as a save records it.
    List<LinkTarget> linkTargets(String body) {
        return linkTargets.of(body);
    }

    private static Note apply(Note note, NoteChanges changes) {
        var tags = new LinkedHashSet<String>();
        var removed = changes.removeTags().stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();
        note.tags().stream()
                .filter(t -> !removed.contains(t.toLowerCase(Locale.ROOT)))
                .forEach(tags::add);
        var present = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        changes.addTags().stream()
                .filter(t -> !present.contains(t.toLowerCase(Locale.ROOT)))
                .forEach(tags::add);
        var links = changes.applyTo(note.links());
        return new Note(
                note.id(),
                changes.title().orElse(note.title()),
                changes.topic().orElse(note.topic()),
                List.copyOf(tags),
                note.aliases(),
                links,
                changes.applyTo(note.reading()),
                changes.body().orElse(note.body()),
                note.created(),
                note.updated());
    }

    private static boolean sameContent(Note a, Note b) {
        return a.title().equals(b.title())
                && a.topic().equals(b.topic())
                && a.tags().equals(b.tags())
                && a.links().equals(b.links())
                && a.reading().equals(b.reading())
                && a.body().equals(b.body())
                && a.aliases().equals(b.aliases());
    }

    private static Note withUpdated(Note note, Instant updated) {
        return new Note(
                note.id(),
                note.title(),
                note.topic(),
                note.tags(),
                note.aliases(),
                note.links(),
                note.reading(),
                note.body(),
                note.created(),
                updated);
    }

    /// Moves a note to the trash, from where [#restore] brings it back.
    public Note trash(NoteId id) {
        var note = store.write(session -> {
            var stored = require(session, id);
            if (stored.isTrashed()) {
                throw new InvalidInputException(
                        "The note " + id + " (" + stored.note().title() + ") is already in the trash.");
            }
            session.notes().trash(id, clock.instant());
            return stored.note();
        });
        return announce(id, note);
    }

    /// Brings a note back from the trash to its topic; a topic that was trashed with it comes back too.
    public Note restore(NoteId id) {
        var note = store.write(session -> {
            var stored = require(session, id);
            if (!stored.isTrashed()) {
                throw new InvalidInputException(
                        "The note " + id + " (" + stored.note().title() + ") is not in the trash.");
            }
            session.notes().restore(id);
            return stored.note();
        });
        return announce(id, note);
    }

    /// Deletes a note in the trash for good, with its history; tags and trashed topics it leaves unused go too.
    /// A note outside the trash is refused. Returns the note as it was.
    public Note purge(NoteId id) {
        var note = store.write(session -> {
            var stored = require(session, id);
            if (!stored.isTrashed()) {
                throw new InvalidInputException(
                        "The note " + id + " (" + stored.note().title()
                                + ") is not in the trash; only notes in the trash can be deleted for good.");
            }
            session.notes().purge(id);
            return stored.note();
        });
        return announce(id, note);
    }

    /// Deletes every note in the trash for good (see [#purge]). Returns how many there were.
    public int emptyTrash() {
        var purged = store.write(session -> session.notes().purgeTrash());
        announcer.notes(purged);
        return purged.size();
    }

    /// Makes revision `number` of a note its current version again: its title, tags, body and topic (the topic
    /// only while it still exists; a note whose old topic was renamed, moved or trashed since stays where it is).
    /// This is an ordinary edit, so the version it replaces is kept as a new revision; aliases and paper fields,
    /// which revisions do not record, stay as they are.
    public EditOutcome restoreRevision(NoteId id, int number) {
        var outcome = store.write(session -> {
            var current = require(session, id).note();
            var revision = NoteHistory.revision(session, id, number);
            var changes = NoteChanges.none()
                    .withTitle(revision.title())
                    .withBody(revision.body())
                    .withRemovedTags(current.tags())
                    .withAddedTags(revision.tags());
            var topic = session.topics().find(revision.topic()).map(session.topics()::path);
            if (topic.isPresent()) {
                changes = changes.withTopic(topic.get());
            }
            return edit(session, id, changes, Optional.empty());
        });
        return outcome.changed() ? announce(id, outcome) : outcome;
    }

    public StoredNote get(NoteId id) {
        return store.read(session -> require(session, id));
    }

    static StoredNote require(StoreSession session, NoteId id) {
        return session.notes()
                .find(id)
                .orElseThrow(() -> new NoteNotFoundException("There is no note with the id " + id + "."));
    }

    /// Finds the note a person means by `reference`: an id, the start of an id (4 characters or more), or a title
    /// or alias (ignoring case).
    public NoteId resolve(String reference) {
        var ref = reference.strip();
        if (ref.isEmpty()) {
            throw new InvalidInputException("Name a note by its id or its title.");
        }
        return store.read(session -> NoteReferences.resolve(session, ref));
    }

    /// Notes outside the trash that pass `filter`, in topic-tree order, then by title.
    public List<NoteSummary> list(NoteFilter filter) {
        return list(filter, NoteOrder.TOPIC);
    }

    /// Notes outside the trash that pass `filter`, in `order`; notes that tie are in topic-tree order, then by
    /// title.
    public List<NoteSummary> list(NoteFilter filter, NoteOrder order) {
        return store.read(session -> NoteOrdering.list(session, filter, order));
    }

    /// The notes outside the trash that link to the note `id`, by title: by its id (`[text](note:ID)`), or by its
    /// title or an alias (`[[name]]`, ignoring ASCII case) when that name is its alone among the notes outside the
    /// trash, which is when the note view makes `[[name]]` a link to it. A note is not its own backlink.
    public List<NoteSummary> backlinks(NoteId id) {
        return store.read(session -> {
            var stored = require(session, id);
            var targets = new ArrayList<LinkTarget>();
            targets.add(LinkTarget.id(id));
            if (!stored.isTrashed()) {
                var note = stored.note();
                var names = new LinkedHashSet<String>();
                names.add(note.title());
                names.addAll(note.aliases());
                for (String name : names) {
                    if (session.noteNames().liveWithName(name).equals(List.of(id))) {
                        targets.add(LinkTarget.name(name));
                    }
                }
            }
            return session.noteListing().linkingTo(id, targets);
        });
    }

    /// Records what each note links to when the library has not done so yet: a library from before links were
    /// recorded (schema V005), or recorded by an older [#LINKS_FORMAT]. Reads every body once, in transactions of
    /// [#LINKS_BATCH] notes; later saves keep the record up to date. Returns the number of notes read.
    public int bringLinksUpToDate() {
        return LinkRecords.bringUpToDate(store, linkTargets);
    }

    /// The `limit` notes outside the trash changed last, the latest first (what a window shows before a note is open).
    public List<NoteSummary> recent(int limit) {
        return store.read(session -> session.noteListing().recent(Math.max(0, limit)));
    }

    /// Notes in the trash, most recently trashed first.
    public List<TrashedNote> trashed() {
        return store.read(session -> session.noteListing().trashed());
    }
}
