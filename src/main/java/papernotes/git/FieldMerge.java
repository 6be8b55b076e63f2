package papernotes.git;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import papernotes.model.NoteConflict.Field;
import papernotes.model.NoteConflict.Side;
import papernotes.model.NoteState;

/// The fields of one note that both sides changed, merged one by one, and the conflicts met on the way. One is
/// made for each merge.
final class FieldMerge {

    private final Optional<NoteState> base;
    private final NoteState mine;
    private final NoteState theirs;
    private final SideChoice choice;
    private final Map<Field, Side> kept = new EnumMap<>(Field.class);

    FieldMerge(Optional<NoteState> base, NoteState mine, NoteState theirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.choice = new SideChoice(mine, theirs);
    }

    /// A field as a whole: the side that changed it, the change both made, or else a conflict. Without a base,
    /// equal values are taken and different ones conflict.
    <T> T value(Field field, Function<NoteState, T> get, Comparator<? super T> order) {
        T here = get.apply(mine);
        T there = get.apply(theirs);
        if (here.equals(there)) {
            return here;
        }
        if (base.isPresent()) {
            T was = get.apply(base.get());
            if (here.equals(was)) {
                return there;
            }
            if (there.equals(was)) {
                return here;
            }
        }
        return conflict(field, here, there, order);
    }

    /// The body merged line by line; when lines conflict (or there is no base and the bodies differ), one side's
    /// body whole.
    String body() {
        String here = mine.note().body();
        String there = theirs.note().body();
        var merged = base.isPresent()
                ? TextMerge.merge(base.get().note().body(), here, there)
                : Optional.of(here).filter(there::equals);
        return merged.orElseGet(() -> conflict(Field.BODY, here, there, Comparator.<String>naturalOrder()));
    }

    /// A set kept as a list; without a base, the union.
    List<String> members(Function<NoteState, List<String>> get, UnaryOperator<String> key) {
        return LabelMerge.merge(
                base.map(get).orElse(List.of()),
                get.apply(mine),
                get.apply(theirs),
                key,
                (here, there) -> choice.value(here, there, Comparator.<String>naturalOrder()));
    }

    /// The fields that conflicted and the side each kept; empty when none did.
    Map<Field, Side> conflicts() {
        return kept;
    }

    private <T> T conflict(Field field, T here, T there, Comparator<? super T> order) {
        var side = choice.of(here, there, order);
        kept.put(field, side);
        return side == Side.MINE ? here : there;
    }
}
