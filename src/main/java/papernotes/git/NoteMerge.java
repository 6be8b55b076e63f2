package papernotes.git;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import papernotes.model.Note;
import papernotes.model.NoteConflict;
import papernotes.model.NoteConflict.Field;
import papernotes.model.NoteState;
import papernotes.model.PaperLinks;
import papernotes.model.Reading;
import papernotes.model.ReadingPriority;
import papernotes.model.ReadingStatus;
import papernotes.model.TopicPath;

/// Three-way merge of one note that two libraries may both have changed since they last agreed (issue #22). It
/// merges at the level of the note and never writes conflict markers into it:
///
/// - a side that did not change the note takes the other's; a change both made is taken once;
/// - a note deleted on one side and changed on the other is kept as changed; deleted and unchanged, it is deleted;
/// - each field (title, topic, each paper field, the authors as one list, the abstract, the reading status and
///   priority, the time it went to the trash) takes the change of the side that changed it; changed on both sides
///   to different values, it keeps the value of the side edited later (the greater value when both were saved at
///   the same instant) and conflicts;
/// - tags and aliases (in any case), and attached files, merge as sets: what either side added is in, what either
///   removed is out, in mine's order and then theirs' additions;
/// - the body merges line by line as git merges a file ([TextMerge]); when lines conflict the note keeps the body
///   of the side chosen as for a field, and the conflict holds both bodies whole;
/// - created is the earlier, updated the later;
/// - without a base (both libraries made the note, say from the same shipped notes), equal values are taken,
///   different ones conflict, and the sets are united.
///
/// The merged note is the same whichever side is "mine", but for the order of the sets' members.
public final class NoteMerge {

    private static final Comparator<String> TEXT = Comparator.naturalOrder();
    private static final Comparator<Optional<String>> OPTIONAL_TEXT = optional(TEXT);

    private NoteMerge() {}

    /// `base` is the note where both sides last agreed; a side is empty when the note does not exist there (never
    /// made, or deleted for good). All the states given must be of one note.
    public static MergedNote merge(Optional<NoteState> base, Optional<NoteState> mine, Optional<NoteState> theirs) {
        var ids = Stream.of(base, mine, theirs)
                .flatMap(Optional::stream)
                .map(NoteState::id)
                .distinct()
                .toList();
        if (ids.size() > 1) {
            throw new IllegalArgumentException("Only states of one note merge, not of " + ids);
        }
        if (mine.equals(theirs) || theirs.equals(base)) {
            return MergedNote.clean(mine);
        }
        if (mine.equals(base)) {
            return MergedNote.clean(theirs);
        }
        // changed on both sides; a side that deleted it gives way to the change
        if (mine.isEmpty()) {
            return MergedNote.clean(theirs);
        }
        if (theirs.isEmpty()) {
            return MergedNote.clean(mine);
        }
        return both(base, mine.get(), theirs.get());
    }

    /// Both sides hold the note, and each changed it in its own way.
    private static MergedNote both(Optional<NoteState> base, NoteState mine, NoteState theirs) {
        var fields = new FieldMerge(base, mine, theirs);
        var links = new PaperLinks(
                fields.value(Field.PAPER, s -> links(s).paper(), OPTIONAL_TEXT),
                fields.value(Field.CODE, s -> links(s).code(), OPTIONAL_TEXT),
                fields.value(Field.ARXIV, s -> links(s).arxiv(), OPTIONAL_TEXT),
                fields.value(Field.DOI, s -> links(s).doi(), OPTIONAL_TEXT),
                fields.value(Field.YEAR, s -> links(s).year(), optional(Comparator.<Integer>naturalOrder())),
                fields.value(Field.VENUE, s -> links(s).venue(), OPTIONAL_TEXT),
                fields.value(Field.PAPER_TITLE, s -> links(s).paperTitle(), OPTIONAL_TEXT),
                fields.value(Field.AUTHORS, s -> links(s).authors(), NoteMerge::compareLists),
                fields.value(Field.ABSTRACT, s -> links(s).abstractText(), OPTIONAL_TEXT));
        var reading = new Reading(
                fields.value(
                        Field.STATUS,
                        s -> s.note().reading().status(),
                        optional(Comparator.comparing(ReadingStatus::name))),
                fields.value(
                        Field.PRIORITY,
                        s -> s.note().reading().priority(),
                        optional(Comparator.comparing(ReadingPriority::name))));
        Note here = mine.note();
        Note there = theirs.note();
        var note = new Note(
                here.id(),
                fields.value(Field.TITLE, s -> s.note().title(), TEXT),
                fields.value(Field.TOPIC, s -> s.note().topic(), Comparator.<TopicPath>naturalOrder()),
                fields.members(s -> s.note().tags(), LabelMerge.IGNORING_CASE),
                fields.members(s -> s.note().aliases(), LabelMerge.IGNORING_CASE),
                links,
                reading,
                fields.body(),
                earlier(here.created(), there.created()),
                later(here.updated(), there.updated()));
        var state = new NoteState(
                note,
                fields.value(Field.TRASHED, NoteState::trashed, optional(Comparator.<Instant>naturalOrder())),
                fields.members(NoteState::files, LabelMerge.EXACT));
        var conflict = fields.conflicts().isEmpty()
                ? Optional.<NoteConflict>empty()
                : Optional.of(new NoteConflict(here.id(), base, mine, theirs, fields.conflicts()));
        return new MergedNote(Optional.of(state), conflict);
    }

    private static PaperLinks links(NoteState state) {
        return state.note().links();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /// Absent before present; two present values by `order`.
    private static <T> Comparator<Optional<T>> optional(Comparator<? super T> order) {
        return (a, b) -> a.isPresent() && b.isPresent()
                ? order.compare(a.get(), b.get())
                : Boolean.compare(a.isPresent(), b.isPresent());
    }

    /// Element by element, then the shorter first.
    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
