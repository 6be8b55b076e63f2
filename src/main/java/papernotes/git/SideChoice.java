package papernotes.git;

import java.util.Comparator;
import papernotes.model.NoteConflict.Side;
import papernotes.model.NoteState;

/// Which side's value a note keeps when both sides changed it differently: the side edited later, and when both
/// were saved at the same instant, the greater value. Both tests give the same answer whichever library is "mine",
/// so two machines merging the same pair keep the same note.
record SideChoice(NoteState mine, NoteState theirs) {

    /// The side to keep `mineValue` or `theirsValue` from; `order` must tell apart any two values that differ.
    <T> Side of(T mineValue, T theirsValue, Comparator<? super T> order) {
        int byTime = mine.note().updated().compareTo(theirs.note().updated());
        int decided = byTime != 0 ? byTime : order.compare(mineValue, theirsValue);
        return decided > 0 ? Side.MINE : Side.THEIRS;
    }

    <T> T value(T mineValue, T theirsValue, Comparator<? super T> order) {
        return of(mineValue, theirsValue, order) == Side.MINE ? mineValue : theirsValue;
    }
}
