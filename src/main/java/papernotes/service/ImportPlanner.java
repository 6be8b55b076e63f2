package papernotes.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteDraft;
import papernotes.model.NoteFilter;
import papernotes.model.NoteId;
import papernotes.model.Reading;
import papernotes.model.StoredNote;
import papernotes.model.TopicPath;
import papernotes.service.PlannedNote.Action;
import papernotes.storage.StoreSession;

/// Decides, for each note of an [ImportBatch], what an import does with it, reading the library in the session given
/// (see [Importer] for the rules). Writes nothing.
final class ImportPlanner {

    static final String CONFLICT_TAG = "conflict";

    private ImportPlanner() {}

    static List<ImportStep> steps(StoreSession session, ImportBatch batch, LocalDate today) {
        var steps = new ArrayList<ImportStep>();
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

    private static ImportStep step(
            StoreSession session, ImportedNote note, LocalDate today, Map<String, String> planned) {
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
        return new ImportStep(
                new PlannedNote(
                        Action.ADD,
                        note.file(),
                        draft.title(),
                        draft.topic(),
                        draft.id(),
                        Optional.empty(),
                        draft.id().isPresent() ? "new, keeps its id" : "new"),
                note,
                Optional.empty(),
                draft);
    }

    private static ImportStep known(
            StoreSession session, ImportedNote note, StoredNote stored, LocalDate today, Map<String, String> planned) {
        var existing = stored.note();
        var draft = note.draft()
                .withReading(reading(existing.reading(), note.draft().reading()));
        var id = Optional.of(existing.id());
        var differences = new ArrayList<>(differences(existing, draft));
        if (!existing.reading().equals(draft.reading())) {
            differences.add("reading status");
        }
        if (!note.files().isEmpty() && !note.files().equals(session.files().of(existing.id()))) {
            differences.add("files");
        }
        if (differences.isEmpty()) {
            return skip(note, id, stored.isTrashed() ? "unchanged; the library has it in the trash" : "unchanged");
        }
        if (existing.body().equals(draft.body())) {
            if (stored.isTrashed()) {
                return skip(note, id, "the library has it in the trash; restore it there to update it");
            }
            if (note.updated().isPresent()
                    && existing.updated().isAfter(note.updated().get())) {
                return skip(
                        note,
                        id,
                        "the library's version is newer (its " + String.join(", ", differences) + " changed since)");
            }
            return new ImportStep(
                    new PlannedNote(
                            Action.UPDATE,
                            note.file(),
                            draft.title(),
                            draft.topic(),
                            id,
                            id,
                            String.join(", ", differences) + " changed"),
                    note,
                    Optional.of(existing),
                    draft);
        }
        var copy = conflictCopy(draft, today);
        var earlier = conflictCopyOf(session, draft);
        if (earlier.isPresent()) {
            return skip(
                    note,
                    earlier,
                    "its text differs from the library's note " + existing.id()
                            + ", and a conflict copy with this text is already there");
        }
        var sameInBatch = planned.get(key(copy));
        if (sameInBatch != null) {
            return skip(note, id, "the same conflict copy as " + sameInBatch);
        }
        return new ImportStep(
                new PlannedNote(
                        Action.CONFLICT,
                        note.file(),
                        copy.title(),
                        copy.topic(),
                        Optional.empty(),
                        id,
                        "its text differs from the library's note " + existing.id() + "; added as a copy beside it"),
                note,
                Optional.of(existing),
                copy);
    }

    /// The reading status and priority a known note has after an import: what the file gives, and for what it
    /// leaves out, what the library has (so a file written before statuses existed takes none away).
    private static Reading reading(Reading library, Reading file) {
        return new Reading(file.status().or(library::status), file.priority().or(library::priority));
    }

    private static ImportStep skip(ImportedNote note, Optional<NoteId> id, String reason) {
        var draft = note.draft();
        return new ImportStep(
                new PlannedNote(Action.SKIP, note.file(), draft.title(), draft.topic(), id, id, reason),
                note,
                Optional.empty(),
                draft);
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
        if (!note.tags().stream()
                .map(ImportPlanner::lower)
                .toList()
                .equals(draft.tags().stream().map(ImportPlanner::lower).toList())) {
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
        for (NoteId id : session.noteNames().withTitle(title)) {
            var stored = session.notes().find(id).orElseThrow();
            var note = stored.note();
            if (!stored.isTrashed()
                    && note.title().equalsIgnoreCase(title)
                    && note.body().equals(body)
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
        for (var summary : session.noteListing().list(filter)) {
            if (!lower(summary.title()).startsWith(prefix)) {
                continue;
            }
            var note = session.notes().find(summary.id()).orElseThrow().note();
            if (lower(note.topic().toString()).equals(lower(draft.topic().toString()))
                    && note.body().equals(draft.body())) {
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
        return new NoteDraft(
                Optional.empty(),
                base + suffix,
                draft.topic(),
                tags,
                List.of(),
                draft.links(),
                draft.reading(),
                draft.body());
    }
}
