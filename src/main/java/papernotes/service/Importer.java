package papernotes.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import papernotes.model.InvalidInputException;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.StoredNote;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;
import papernotes.service.PlannedNote.Action;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// Plans and applies an [ImportBatch], whatever format it was read from. A note with an id the library knows is
/// skipped when it is the same, updated when only its title, topic, tags, aliases or paper fields differ (unless the
/// library's version is newer), and added as a conflict copy (`"<title> (conflict YYYY-MM-DD)"`, tag `conflict`)
/// when its text differs: a text is never overwritten. A note without a known id is added, keeping its id if it has
/// one, unless the library (or the batch) already holds a note of the same title, topic and text. Applying copies
/// the attachments first, then writes everything in one transaction that is planned again inside it, and then
/// tells the search index; a failure anywhere before the commit leaves the library as it was.
final class Importer {

    static final String CONFLICT_TAG = "conflict";

    private final LibraryStore store;
    private final NoteService notes;
    private final Clock clock;
    private final Announcer announcer;
    private final AttachmentCopier attachments;

    Importer(LibraryStore store, NoteService notes, Clock clock, ChangeListener listener) {
        this.store = store;
        this.notes = notes;
        this.clock = clock;
        this.announcer = new Announcer(listener);
        this.attachments = new AttachmentCopier(store.dataDir().resolve(AttachmentCopier.FOLDER));
    }

    /// What applying `batch` would do now; writes nothing.
    ImportPlan plan(ImportBatch batch) {
        checkIds(batch);
        var today = today();
        var plan = store.read(session -> plan(batch, steps(session, batch, today), newTopics(session, batch), false));
        var missing = batch.attachments().stream().filter(a -> !attachments.holdsSame(a.name(), a.source()))
                .map(ImportedAttachment::name).toList();
        return new ImportPlan(plan.source(), plan.description(), plan.notes(), plan.newTopics(), missing,
                plan.warnings(), false);
    }

    /// Applies `batch`: attachments, then one transaction, then the search index. Returns what was done.
    ImportPlan apply(ImportBatch batch) {
        checkIds(batch);
        var today = today();
        var copied = attachments.copy(batch.attachments());
        var result = store.write(session -> {
            var steps = steps(session, batch, today);
            var topics = newTopics(session, batch);
            saveTopics(session, batch.topics());
            if (session.meta().get(LibrarySeeder.TITLE_KEY).isEmpty()) {
                batch.libraryTitle().ifPresent(title -> session.meta().put(LibrarySeeder.TITLE_KEY, title));
            }
            var now = clock.instant();
            var reserved = new HashSet<NoteId>();
            batch.notes().forEach(note -> note.draft().id().ifPresent(reserved::add));
            var done = new ArrayList<Step>();
            for (Step step : steps) {
                done.add(write(session, step, now, reserved));
            }
            return new Applied(plan(batch, done, topics, true), done);
        });
        announcer.notes(result.done().stream().filter(step -> step.plan().action() != Action.SKIP)
                .map(step -> step.plan().id().orElseThrow()).toList());
        var plan = result.plan();
        return new ImportPlan(plan.source(), plan.description(), plan.notes(), plan.newTopics(), copied,
                plan.warnings(), true);
    }

    private record Applied(ImportPlan plan, List<Step> done) {
    }

    /// One note of the batch and what to do with it; `write` is the draft to store (for a conflict, the copy).
    private record Step(PlannedNote plan, ImportedNote note, Optional<Note> existing, NoteDraft write) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void checkIds(ImportBatch batch) {
        var files = new HashMap<NoteId, String>();
        for (ImportedNote note : batch.notes()) {
            note.draft().id().ifPresent(id -> {
                var other = files.putIfAbsent(id, note.file());
                if (other != null) {
                    throw new InvalidInputException(note.file() + ": the id " + id + " is already used by " + other + ".");
                }
            });
        }
    }

    private static ImportPlan plan(ImportBatch batch, List<Step> steps, List<String> topics, boolean applied) {
        return new ImportPlan(batch.source(), batch.description(), steps.stream().map(Step::plan).toList(), topics,
                batch.attachments().stream().map(ImportedAttachment::name).toList(), batch.warnings(), applied);
    }

    private static List<String> newTopics(StoreSession session, ImportBatch batch) {
        var paths = new java.util.LinkedHashSet<TopicPath>();
        batch.topics().forEach(topic -> paths.add(topic.path()));
        batch.notes().forEach(note -> {
            for (Optional<TopicPath> at = Optional.of(note.draft().topic()); at.isPresent(); at = at.get().parent()) {
                paths.add(at.get());
            }
        });
        return paths.stream().filter(path -> session.topics().find(path).isEmpty()).sorted().map(TopicPath::toString)
                .toList();
    }

    private List<Step> steps(StoreSession session, ImportBatch batch, LocalDate today) {
        var steps = new ArrayList<Step>();
        var planned = new HashMap<String, String>();
        for (ImportedNote note : batch.notes()) {
            var step = step(session, note, today, planned);
            if (step.plan().action() == Action.ADD || step.plan().action() == Action.CONFLICT) {
                planned.putIfAbsent(key(step.write()), note.file());
            }
            steps.add(step);
        }
        return steps;
    }

    private Step step(StoreSession session, ImportedNote note, LocalDate today, Map<String, String> planned) {
        var draft = note.draft();
        Optional<StoredNote> stored = draft.id().flatMap(id -> session.notes().find(id));
        if (stored.isPresent()) {
            return known(session, note, stored.get(), today, planned);
        }
        if (draft.id().isEmpty()) {
            var same = sameNote(session, draft.title(), draft.topic(), draft.body());
            if (same.isPresent()) {
                return skip(note, Optional.of(same.get()), "the library has the same note (title, topic and text)");
            }
        }
        var earlier = planned.get(key(draft));
        if (earlier != null && draft.id().isEmpty()) {
            return skip(note, Optional.empty(), "the same note (title, topic and text) as " + earlier);
        }
        return new Step(new PlannedNote(Action.ADD, note.file(), draft.title(), draft.topic(), draft.id(),
                Optional.empty(), draft.id().isPresent() ? "new, keeps its id" : "new"), note, Optional.empty(), draft);
    }

    private Step known(StoreSession session, ImportedNote note, StoredNote stored, LocalDate today,
                       Map<String, String> planned) {
        var draft = note.draft();
        var existing = stored.note();
        var id = Optional.of(existing.id());
        var differences = differences(existing, draft);
        if (differences.isEmpty()) {
            return skip(note, id, stored.isTrashed() ? "unchanged; the library has it in the trash" : "unchanged");
        }
        if (existing.body().equals(draft.body())) {
            if (stored.isTrashed()) {
                return skip(note, id, "the library has it in the trash; restore it there to update it");
            }
            if (note.updated().isPresent() && existing.updated().isAfter(note.updated().get())) {
                return skip(note, id, "the library's version is newer (its " + String.join(", ", differences)
                        + " changed since)");
            }
            return new Step(new PlannedNote(Action.UPDATE, note.file(), draft.title(), draft.topic(), id, id,
                    String.join(", ", differences) + " changed"), note, Optional.of(existing), draft);
        }
        var copy = conflictCopy(draft, today);
        var earlier = conflictCopyOf(session, draft);
        if (earlier.isPresent()) {
            return skip(note, earlier, "its text differs from the library's note " + existing.id()
                    + ", and a conflict copy with this text is already there");
        }
        var sameInBatch = planned.get(key(copy));
        if (sameInBatch != null) {
            return skip(note, id, "the same conflict copy as " + sameInBatch);
        }
        return new Step(new PlannedNote(Action.CONFLICT, note.file(), copy.title(), copy.topic(), Optional.empty(), id,
                "its text differs from the library's note " + existing.id() + "; added as a copy beside it"),
                note, Optional.of(existing), copy);
    }

    private static Step skip(ImportedNote note, Optional<NoteId> id, String reason) {
        var draft = note.draft();
        return new Step(new PlannedNote(Action.SKIP, note.file(), draft.title(), draft.topic(), id, id, reason), note,
                Optional.empty(), draft);
    }

    /// The names of the fields in which `draft` differs from `note`: title, topic, tags, aliases, paper fields, text.
    private static List<String> differences(Note note, NoteDraft draft) {
        var result = new ArrayList<String>();
        if (!note.title().equals(draft.title())) {
            result.add("title");
        }
        if (!lower(note.topic().toString()).equals(lower(draft.topic().toString()))) {
            result.add("topic");
        }
        if (!note.tags().stream().map(Importer::lower).toList().equals(draft.tags().stream().map(Importer::lower).toList())) {
            result.add("tags");
        }
        if (!note.aliases().equals(draft.aliases())) {
            result.add("aliases");
        }
        if (!note.links().equals(draft.links())) {
            result.add("paper fields");
        }
        if (!note.body().equals(draft.body())) {
            result.add("text");
        }
        return result;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String key(NoteDraft draft) {
        return lower(draft.title()) + "\n" + lower(draft.topic().toString()) + "\n" + draft.body();
    }

    /// A note outside the trash with this title (ignoring case), topic and text.
    private static Optional<NoteId> sameNote(StoreSession session, String title, TopicPath topic, String body) {
        for (NoteId id : session.notes().withTitle(title)) {
            var stored = session.notes().find(id).orElseThrow();
            var note = stored.note();
            if (!stored.isTrashed() && note.title().equalsIgnoreCase(title) && note.body().equals(body)
                    && lower(note.topic().toString()).equals(lower(topic.toString()))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /// A conflict copy of `draft` made by an earlier import: a note outside the trash in its topic, tagged
    /// `conflict`, titled `"<title> (conflict …"` and with its text.
    private static Optional<NoteId> conflictCopyOf(StoreSession session, NoteDraft draft) {
        if (session.topics().find(draft.topic()).isEmpty()) {
            return Optional.empty();
        }
        var prefix = lower(draft.title() + " (conflict ");
        var filter = new NoteFilter(Optional.of(draft.topic()), Optional.of(CONFLICT_TAG));
        for (var summary : session.notes().list(filter)) {
            if (!lower(summary.title()).startsWith(prefix)) {
                continue;
            }
            var note = session.notes().find(summary.id()).orElseThrow().note();
            if (lower(note.topic().toString()).equals(lower(draft.topic().toString())) && note.body().equals(draft.body())) {
                return Optional.of(summary.id());
            }
        }
        return Optional.empty();
    }

    /// The file's version as a new note beside the library's: `"<title> (conflict YYYY-MM-DD)"`, tagged `conflict`,
    /// without aliases (so that `[[alias]]` links keep finding the library's note).
    private static NoteDraft conflictCopy(NoteDraft draft, LocalDate today) {
        var suffix = " (conflict " + today + ")";
        var base = draft.title();
        if (base.length() + suffix.length() > Labels.MAX_TITLE_LENGTH) {
            base = base.substring(0, Labels.MAX_TITLE_LENGTH - suffix.length()).strip();
        }
        var tags = new ArrayList<>(draft.tags());
        tags.add(CONFLICT_TAG);
        return new NoteDraft(Optional.empty(), base + suffix, draft.topic(), tags, List.of(), draft.links(), draft.body());
    }

    private static void saveTopics(StoreSession session, List<TopicDraft> topics) {
        var repository = session.topics();
        for (TopicDraft topic : topics) {
            if (repository.find(topic.path()).isPresent()) {
                continue;
            }
            long id = repository.ensure(topic.path());
            int position = topic.position() == Integer.MAX_VALUE
                    ? repository.get(topic.path()).orElseThrow().position() : topic.position();
            repository.save(new TopicDraft(repository.path(id), topic.nameZh(), topic.description(), position));
        }
    }

    private Step write(StoreSession session, Step step, Instant now, Set<NoteId> reserved) {
        var plan = step.plan();
        var note = step.note();
        switch (plan.action()) {
            case SKIP -> {
                return step;
            }
            case UPDATE -> {
                var before = step.existing().orElseThrow();
                session.revisions().keep(before);
                var updated = note.updated().filter(time -> time.isAfter(before.updated()))
                        .orElse(now.isAfter(before.updated()) ? now : before.updated().plusMillis(1));
                var draft = step.write();
                session.notes().update(new Note(before.id(), draft.title(), draft.topic(), draft.tags(), draft.aliases(),
                        draft.links(), before.body(), before.created(), updated));
                return step;
            }
            case ADD, CONFLICT -> {
                var draft = step.write();
                var id = draft.id().orElseGet(() -> notes.freshId(session, reserved));
                reserved.add(id);
                var withId = new NoteDraft(Optional.of(id), draft.title(), draft.topic(), draft.tags(), draft.aliases(),
                        draft.links(), draft.body());
                Instant created;
                Instant updated;
                if (plan.action() == Action.CONFLICT) {
                    created = now;
                    updated = now;
                } else {
                    created = note.created().or(note::updated).orElse(now);
                    updated = note.updated().orElse(note.created().isPresent() ? created : now);
                    if (updated.isBefore(created)) {
                        updated = created;
                    }
                }
                notes.insert(session, withId, created, updated);
                return new Step(new PlannedNote(plan.action(), plan.file(), plan.title(), plan.topic(), Optional.of(id),
                        plan.existing(), plan.reason()), note, step.existing(), withId);
            }
            default -> throw new IllegalStateException("unknown action " + plan.action());
        }
    }
}
