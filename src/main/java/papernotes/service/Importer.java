package papernotes.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import papernotes.model.InvalidInputException;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteId;
import papernotes.model.TopicDraft;
import papernotes.model.TopicPath;
import papernotes.service.PlannedNote.Action;
import papernotes.storage.LibraryStore;
import papernotes.storage.StoreSession;

/// Plans and applies an [ImportBatch], whatever format it was read from. A note with an id the library knows is
/// skipped when it is the same, updated when only its title, topic, tags, aliases, paper fields, reading status
/// or priority (those the note gives) or the files it lists differ (unless the library's version is newer), and added
/// as a conflict copy (`"<title> (conflict
/// YYYY-MM-DD)"`, tag `conflict`) when its text differs: a text is never overwritten. A note without a known id is
/// added, keeping its id if it has
/// one, unless the library (or the batch) already holds a note of the same title, topic and text. Applying copies
/// the attachments first, then writes everything in one transaction that is planned again inside it, and then
/// tells the search index; a failure anywhere before the commit leaves the library as it was.
final class Importer {

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
        var plan = store.read(
                session -> plan(batch, ImportPlanner.steps(session, batch, today), newTopics(session, batch), false));
        var missing = batch.attachments().stream()
                .filter(a -> !attachments.holdsSame(a.name(), a.source()))
                .map(ImportedAttachment::name)
                .toList();
        return new ImportPlan(
                plan.source(), plan.description(), plan.notes(), plan.newTopics(), missing, plan.warnings(), false);
    }

    /// Applies `batch`: attachments, then one transaction, then the search index. Returns what was done.
    ImportPlan apply(ImportBatch batch) {
        checkIds(batch);
        var today = today();
        var copied = attachments.copy(batch.attachments());
        var result = store.write(session -> {
            var steps = ImportPlanner.steps(session, batch, today);
            var topics = newTopics(session, batch);
            saveTopics(session, batch.topics());
            if (session.meta().get(LibrarySeeder.TITLE_KEY).isEmpty()) {
                batch.libraryTitle().ifPresent(title -> session.meta().put(LibrarySeeder.TITLE_KEY, title));
            }
            var now = clock.instant();
            var reserved = new HashSet<NoteId>();
            batch.notes().forEach(note -> note.draft().id().ifPresent(reserved::add));
            var done = new ArrayList<ImportStep>();
            for (ImportStep step : steps) {
                done.add(write(session, step, now, reserved));
            }
            return new Applied(plan(batch, done, topics, true), done);
        });
        announcer.notes(result.done().stream()
                .filter(step -> step.plan().action() != Action.SKIP)
                .map(step -> step.plan().id().orElseThrow())
                .toList());
        var plan = result.plan();
        return new ImportPlan(
                plan.source(), plan.description(), plan.notes(), plan.newTopics(), copied, plan.warnings(), true);
    }

    private record Applied(ImportPlan plan, List<ImportStep> done) {}

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void checkIds(ImportBatch batch) {
        var files = new HashMap<NoteId, String>();
        for (ImportedNote note : batch.notes()) {
            note.draft().id().ifPresent(id -> {
                var other = files.putIfAbsent(id, note.file());
                if (other != null) {
                    throw new InvalidInputException(
                            note.file() + ": the id " + id + " is already used by " + other + ".");
                }
            });
        }
    }

    private static ImportPlan plan(ImportBatch batch, List<ImportStep> steps, List<String> topics, boolean applied) {
        return new ImportPlan(
                batch.source(),
                batch.description(),
                steps.stream().map(ImportStep::plan).toList(),
                topics,
                batch.attachments().stream().map(ImportedAttachment::name).toList(),
                batch.warnings(),
                applied);
    }

    private static List<String> newTopics(StoreSession session, ImportBatch batch) {
        var paths = new LinkedHashSet<TopicPath>();
        batch.topics().forEach(topic -> paths.add(topic.path()));
        batch.notes().forEach(note -> {
            for (Optional<TopicPath> at = Optional.of(note.draft().topic());
                    at.isPresent();
                    at = at.get().parent()) {
                paths.add(at.get());
            }
        });
        return paths.stream()
                .filter(path -> session.topics().find(path).isEmpty())
                .sorted()
                .map(TopicPath::toString)
                .toList();
    }

    private static void saveTopics(StoreSession session, List<TopicDraft> topics) {
        var repository = session.topics();
        for (TopicDraft topic : topics) {
            if (repository.find(topic.path()).isPresent()) {
                continue;
            }
            long id = repository.ensure(topic.path());
            int position = topic.position() == Integer.MAX_VALUE
                    ? repository.get(topic.path()).orElseThrow().position()
                    : topic.position();
            repository.save(new TopicDraft(repository.path(id), topic.nameZh(), topic.description(), position));
        }
    }

    private ImportStep write(StoreSession session, ImportStep step, Instant now, Set<NoteId> reserved) {
        var plan = step.plan();
        var note = step.note();
        return switch (plan.action()) {
            case SKIP -> step;
            case UPDATE -> {
                var before = step.existing().orElseThrow();
                session.revisions().keep(before);
                var updated = note.updated()
                        .filter(time -> time.isAfter(before.updated()))
                        .orElse(
                                now.isAfter(before.updated())
                                        ? now
                                        : before.updated().plusMillis(1));
                var draft = step.write();
                session.notes()
                        .update(new Note(
                                before.id(),
                                draft.title(),
                                draft.topic(),
                                draft.tags(),
                                draft.aliases(),
                                draft.links(),
                                before.body(),
                                before.created(),
                                updated));
                if (!draft.reading().equals(before.reading())) {
                    session.notes().setReading(before.id(), draft.reading());
                }
                if (!note.files().isEmpty()) {
                    session.files().set(before.id(), note.files());
                }
                yield step;
            }
            case ADD, CONFLICT -> {
                var draft = step.write();
                var id = draft.id().orElseGet(() -> notes.freshId(session, reserved));
                reserved.add(id);
                var withId = new NoteDraft(
                        Optional.of(id),
                        draft.title(),
                        draft.topic(),
                        draft.tags(),
                        draft.aliases(),
                        draft.links(),
                        draft.reading(),
                        draft.body());
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
                if (!note.files().isEmpty()) {
                    session.files().set(id, note.files());
                }
                yield new ImportStep(
                        new PlannedNote(
                                plan.action(),
                                plan.file(),
                                plan.title(),
                                plan.topic(),
                                Optional.of(id),
                                plan.existing(),
                                plan.reason()),
                        note,
                        step.existing(),
                        withId);
            }
            default -> throw new IllegalStateException("unknown action " + plan.action());
        };
    }
}
