package papernotes.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import papernotes.model.Note;
import papernotes.model.NoteConflict;
import papernotes.model.NoteConflict.Field;
import papernotes.model.NoteConflict.Side;
import papernotes.model.NoteState;

/// What holds of every merge of random states of a note and random edits of them: a side that changed nothing
/// gives way, the same edit is taken as it is, the result does not depend on which side is "mine", and no line
/// either side wrote is lost. Tries per run: `fuzz.tries`.
class NoteMergePropertyTest {

    /// A base (absent now and then) and what each side made of it.
    record Sides(Optional<NoteState> base, Optional<NoteState> mine, Optional<NoteState> theirs) {

        static Sides of(long seed) {
            var random = new RandomNotes(new Random(seed));
            var base = random.maybeNote();
            return new Sides(base, random.side(base), random.side(base));
        }

        MergedNote merged() {
            return NoteMerge.merge(base, mine, theirs);
        }
    }

    @Provide
    Arbitrary<Sides> sides() {
        return Arbitraries.longs().map(Sides::of);
    }

    @Property
    void theSameEditOnBothSidesIsTakenAsItIs(@ForAll("sides") Sides sides) {
        assertEquals(MergedNote.clean(sides.mine()), NoteMerge.merge(sides.base(), sides.mine(), sides.mine()));
    }

    @Property
    void aSideThatChangedNothingTakesTheOtherSide(@ForAll("sides") Sides sides) {
        assertEquals(MergedNote.clean(sides.mine()), NoteMerge.merge(sides.base(), sides.base(), sides.mine()));
        assertEquals(MergedNote.clean(sides.mine()), NoteMerge.merge(sides.base(), sides.mine(), sides.base()));
    }

    @Property
    void theMergedNoteIsTheSameWhicheverSideIsMine(@ForAll("sides") Sides sides) {
        var merged = sides.merged();
        var swapped = NoteMerge.merge(sides.base(), sides.theirs(), sides.mine());
        assertEquals(
                merged.state().map(NoteMergePropertyTest::unordered),
                swapped.state().map(NoteMergePropertyTest::unordered));
        assertEquals(
                merged.conflict().map(NoteMergePropertyTest::sidesSwapped),
                swapped.conflict().map(NoteConflict::kept));
        Statistics.collect(
                merged.conflict().isPresent() ? "conflict" : merged.state().isPresent() ? "clean" : "deleted");
        Statistics.coverage(check -> {
            check.check("conflict").percentage(p -> p > 10);
            check.check("clean").percentage(p -> p > 10);
        });
    }

    @Property
    void noLineEitherSideWroteIsLost(@ForAll("sides") Sides sides) {
        var merged = sides.merged();
        if (merged.conflict().isPresent()) {
            var conflict = merged.conflict().get();
            assertEquals(sides.mine(), Optional.of(conflict.mine()), "the conflict holds mine whole");
            assertEquals(sides.theirs(), Optional.of(conflict.theirs()), "the conflict holds theirs whole");
            assertEquals(sides.base(), conflict.base());
            if (conflict.fields().contains(Field.BODY)) {
                Statistics.collect("bodies conflict");
                return;
            }
        }
        var before = lines(sides.base());
        int adding = 0;
        for (var side : List.of(sides.mine(), sides.theirs())) {
            var added = lines(side);
            added.removeAll(before);
            if (!added.isEmpty()) {
                adding++;
                var result = lines(merged.state());
                assertTrue(result.containsAll(added), () -> "lost " + added + " of " + side + " in " + merged);
            }
        }
        Statistics.collect(adding == 2 ? "lines added on both sides merge" : "fewer sides add lines");
        Statistics.coverage(check -> {
            check.check("bodies conflict").percentage(p -> p > 5);
            check.check("lines added on both sides merge").percentage(p -> p > 1);
        });
    }

    @Property
    void theSetsKeepWhatEitherSideAddedAndLoseWhatEitherRemoved(@ForAll("sides") Sides sides) {
        if (sides.mine().isEmpty() || sides.theirs().isEmpty()) {
            return;
        }
        var merged = sides.merged().state().orElseThrow();
        assertEquals(
                expectedMembers(sides, s -> lowerCase(s.note().tags())),
                lowerCase(merged.note().tags()),
                "tags");
        assertEquals(
                expectedMembers(sides, s -> lowerCase(s.note().aliases())),
                lowerCase(merged.note().aliases()),
                "aliases");
        assertEquals(expectedMembers(sides, s -> Set.copyOf(s.files())), Set.copyOf(merged.files()), "files");
    }

    /// Both sides' members, mine's and theirs' additions since the base.
    private static Set<String> expectedMembers(Sides sides, Function<NoteState, Set<String>> members) {
        var base = sides.base().map(members).orElse(Set.of());
        var mine = members.apply(sides.mine().orElseThrow());
        var theirs = members.apply(sides.theirs().orElseThrow());
        var expected = new TreeSet<>(mine);
        expected.retainAll(theirs);
        mine.stream().filter(m -> !base.contains(m)).forEach(expected::add);
        theirs.stream().filter(t -> !base.contains(t)).forEach(expected::add);
        return expected;
    }

    private static Set<String> lowerCase(List<String> labels) {
        return labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Property
    void aConflictNamesOnlyFieldsBothSidesChangedDifferentlyAndTheNoteKeepsTheNamedSidesValue(
            @ForAll("sides") Sides sides) {
        var merged = sides.merged();
        if (merged.conflict().isEmpty()) {
            return;
        }
        var conflict = merged.conflict().get();
        var note = merged.state().orElseThrow();
        for (Map.Entry<Field, Side> entry : conflict.kept().entrySet()) {
            var field = entry.getKey();
            Object mine = value(field, conflict.mine());
            Object theirs = value(field, conflict.theirs());
            assertNotEquals(mine, theirs, field.name());
            conflict.base().ifPresent(base -> {
                assertNotEquals(value(field, base), mine, field.name());
                assertNotEquals(value(field, base), theirs, field.name());
            });
            assertEquals(entry.getValue() == Side.MINE ? mine : theirs, value(field, note), field.name());
            var later = conflict.mine()
                    .note()
                    .updated()
                    .compareTo(conflict.theirs().note().updated());
            if (later != 0) {
                assertEquals(later > 0 ? Side.MINE : Side.THEIRS, entry.getValue(), "the later edit wins");
            }
        }
        assertEquals(earlier(conflict), note.note().created());
        assertEquals(later(conflict), note.note().updated());
    }

    private static Instant earlier(NoteConflict conflict) {
        var a = conflict.mine().note().created();
        var b = conflict.theirs().note().created();
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(NoteConflict conflict) {
        var a = conflict.mine().note().updated();
        var b = conflict.theirs().note().updated();
        return a.isAfter(b) ? a : b;
    }

    private static Object value(Field field, NoteState state) {
        var note = state.note();
        var links = note.links();
        return switch (field) {
            case TITLE -> note.title();
            case TOPIC -> note.topic();
            case PAPER -> links.paper();
            case CODE -> links.code();
            case ARXIV -> links.arxiv();
            case DOI -> links.doi();
            case YEAR -> links.year();
            case VENUE -> links.venue();
            case PAPER_TITLE -> links.paperTitle();
            case AUTHORS -> links.authors();
            case ABSTRACT -> links.abstractText();
            case STATUS -> note.reading().status();
            case PRIORITY -> note.reading().priority();
            case TRASHED -> state.trashed();
            case BODY -> note.body();
        };
    }

    /// The body's lines without their line ends.
    private static Set<String> lines(Optional<NoteState> state) {
        return state.map(s -> Arrays.stream(s.note().body().split("\r?\n", -1))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
    }

    /// The state with its sets' members in one order, since their order follows the side that is "mine".
    private static NoteState unordered(NoteState state) {
        var note = state.note();
        return new NoteState(
                new Note(
                        note.id(),
                        note.title(),
                        note.topic(),
                        sorted(note.tags()),
                        sorted(note.aliases()),
                        note.links(),
                        note.reading(),
                        note.body(),
                        note.created(),
                        note.updated()),
                state.trashed(),
                sorted(state.files()));
    }

    private static List<String> sorted(List<String> members) {
        return members.stream().sorted().toList();
    }

    private static Map<Field, Side> sidesSwapped(NoteConflict conflict) {
        return conflict.kept().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() == Side.MINE ? Side.THEIRS : Side.MINE));
    }
}
