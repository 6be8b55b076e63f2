package papernotes.ui.note;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import papernotes.model.Bodies;
import papernotes.model.Labels;
import papernotes.model.Note;
import papernotes.model.NoteChanges;
import papernotes.model.PaperNotesException;
import papernotes.model.Reading;
import papernotes.model.TopicPath;

/// The editor's fields as typed. One comparison says both whether the draft is dirty and what a save sends: each
/// field is compared as the library would store it (titles trimmed, `A/B` written `A / B`, line ends as `\n`, an
/// arXiv address as its id), so a draft the library would tidy back into the saved note changes nothing.
record Draft(String title, String topic, String body, PaperDraft paper, List<String> tags, Reading reading) {

    /// A draft whose reading status and priority are none.
    Draft(String title, String topic, String body, PaperDraft paper, List<String> tags) {
        this(title, topic, body, paper, tags, Reading.NONE);
    }

    enum Field {
        TITLE,
        TOPIC,
        BODY,
        PAPER,
        CODE,
        ARXIV,
        DOI,
        YEAR,
        VENUE,
        PAPER_TITLE,
        AUTHORS,
        ABSTRACT,
        TAGS,
        STATUS,
        PRIORITY
    }

    Draft {
        tags = List.copyOf(tags);
    }

    /// The note the live preview shows for this draft of `saved`: what is typed, but the saved title while the typed
    /// one is blank and the saved topic while the typed one is not a topic path, so that a draft that cannot be a
    /// note yet still shows.
    Note preview(Note saved) {
        TopicPath shownTopic;
        try {
            shownTopic = TopicPath.parse(topic);
        } catch (PaperNotesException e) {
            shownTopic = saved.topic();
        }
        return new Note(
                saved.id(),
                title.isBlank() ? saved.title() : title,
                shownTopic,
                tags,
                saved.aliases(),
                saved.links(),
                reading,
                body,
                saved.created(),
                saved.updated());
    }

    /// The fields whose stored value would change. A field that cannot be stored as typed (an empty title, an arXiv
    /// id that is none) counts as changed, so the draft is dirty and saving it says what is wrong.
    Set<Field> changedFrom(Note saved) {
        var changed = EnumSet.noneOf(Field.class);
        mark(changed, Field.TITLE, saved.title(), () -> Labels.title(title));
        mark(
                changed,
                Field.TOPIC,
                saved.topic().toString(),
                () -> TopicPath.parse(topic).toString());
        mark(changed, Field.BODY, saved.body(), () -> Bodies.check(body));
        paper.mark(changed, saved.links());
        if (!lower(saved.tags()).equals(lower(tags))) {
            changed.add(Field.TAGS);
        }
        if (!saved.reading().status().equals(reading.status())) {
            changed.add(Field.STATUS);
        }
        if (!saved.reading().priority().equals(reading.priority())) {
            changed.add(Field.PRIORITY);
        }
        return changed;
    }

    boolean differsFrom(Note saved) {
        return !changedFrom(saved).isEmpty();
    }

    /// What saving the draft sends: the changed fields, as typed (the library tidies them the same way).
    NoteChanges changesFrom(Note saved) {
        var changed = changedFrom(saved);
        var changes = NoteChanges.none();
        if (changed.contains(Field.TITLE)) {
            changes = changes.withTitle(title);
        }
        if (changed.contains(Field.TOPIC)) {
            changes = changes.withTopic(TopicPath.parse(topic));
        }
        if (changed.contains(Field.BODY)) {
            changes = changes.withBody(body);
        }
        changes = paper.apply(changed, changes);
        if (changed.contains(Field.STATUS)) {
            changes = changes.withStatus(reading.status());
        }
        if (changed.contains(Field.PRIORITY)) {
            changes = changes.withPriority(reading.priority());
        }
        if (changed.contains(Field.TAGS)) {
            var before = lower(saved.tags());
            var now = lower(tags);
            changes = changes.withAddedTags(tags.stream()
                            .filter(t -> !before.contains(t.toLowerCase(Locale.ROOT)))
                            .toList())
                    .withRemovedTags(saved.tags().stream()
                            .filter(t -> !now.contains(t.toLowerCase(Locale.ROOT)))
                            .toList());
        }
        return changes;
    }

    private static void mark(Set<Field> changed, Field field, String stored, Supplier<String> typed) {
        if (!stored.equals(tidy(typed))) {
            changed.add(field);
        }
    }

    /// The tidied value, or a value no note has when the draft cannot be saved as it is.
    private static String tidy(Supplier<String> value) {
        try {
            return value.get();
        } catch (PaperNotesException e) {
            return "\0not a saved value";
        }
    }

    private static List<String> lower(List<String> list) {
        return list.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
