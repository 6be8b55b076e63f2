package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.model.NoteId;

/// Back and forward between the notes opened, as a browser does: opening a note after going back drops what was
/// ahead; opening the note already open changes nothing.
@Tag("ui")
class NoteNavigationTest {

    private static final NoteId A = new NoteId("aaaaaaaa");
    private static final NoteId B = new NoteId("bbbbbbbb");
    private static final NoteId C = new NoteId("cccccccc");
    private static final NoteId D = new NoteId("dddddddd");
    private static final Predicate<NoteId> ANY = id -> true;

    @Test
    void backAndForwardWalkTheNotesOpened() {
        var navigation = new NoteNavigation();
        navigation.opened(A);
        navigation.opened(B);
        navigation.opened(B);
        navigation.opened(C);
        assertEquals(Optional.of(B), navigation.back(ANY));
        assertEquals(Optional.of(A), navigation.back(ANY));
        assertEquals(Optional.empty(), navigation.back(ANY), "nothing before the first");
        assertEquals(Optional.of(B), navigation.forward(ANY));
        assertEquals(Optional.of(C), navigation.forward(ANY));
        assertEquals(Optional.empty(), navigation.forward(ANY), "nothing after the last");
    }

    @Test
    void openingANoteAfterGoingBackDropsWhatWasAhead() {
        var navigation = new NoteNavigation();
        navigation.opened(A);
        navigation.opened(B);
        navigation.opened(C);
        navigation.back(ANY);
        navigation.opened(D);
        assertEquals(Optional.empty(), navigation.forward(ANY));
        assertEquals(Optional.of(B), navigation.back(ANY));
        assertEquals(Optional.of(A), navigation.back(ANY));
    }

    @Test
    void aNoteThatCannotBeOpenedAnyMoreIsLeftOut() {
        var navigation = new NoteNavigation();
        navigation.opened(A);
        navigation.opened(B);
        navigation.opened(C);
        assertEquals(Optional.of(A), navigation.back(id -> !id.equals(B)), "B was trashed since");
        assertEquals(Optional.of(C), navigation.forward(id -> !id.equals(B)));
        assertEquals(Optional.empty(), navigation.forward(ANY));
    }
}
