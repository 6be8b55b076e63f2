package papernotes.ui.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import papernotes.ui.Messages;
import papernotes.ui.UiLanguage;

/// Find in the open note: what the find bar says and which match it shows, over a page or editor that counts the
/// matches (here a text of its own, as the editor does).
@Tag("ui")
class FindViewModelTest {

    /// A target over a text: records which match is shown and whether its highlights were cleared.
    static final class TextTarget implements FindViewModel.Target {
        String text;
        List<Integer> matches = List.of();
        final List<Integer> selected = new ArrayList<>();
        boolean cleared;

        TextTarget(String text) {
            this.text = text;
        }

        @Override
        public int highlight(String query) {
            cleared = false;
            matches = TextMatches.starts(text, query);
            return matches.size();
        }

        @Override
        public void select(int index) {
            selected.add(index);
        }

        @Override
        public void clear() {
            cleared = true;
        }
    }

    private final FindViewModel find = new FindViewModel(Messages.of(UiLanguage.ENGLISH));
    private final TextTarget note = new TextTarget("Face swap 换脸: FACE, face and 换脸 again; faces");

    @Test
    void typing_countsTheMatchesIgnoringCase_andShowsTheFirst() {
        find.open(note);
        assertTrue(find.shownProperty().get());
        find.queryProperty().set("face");
        assertEquals("1 of 4", find.statusProperty().get());
        assertEquals(List.of(0), note.selected);
    }

    @Test
    void chineseText_isFoundToo() {
        find.open(note);
        find.queryProperty().set("换脸");
        assertEquals("1 of 2", find.statusProperty().get());
    }

    @Test
    void nextAndPrevious_goRoundTheMatches() {
        find.open(note);
        find.queryProperty().set("换脸");
        find.next();
        assertEquals("2 of 2", find.statusProperty().get());
        find.next();
        assertEquals("1 of 2", find.statusProperty().get());
        find.previous();
        assertEquals("2 of 2", find.statusProperty().get());
        assertEquals(List.of(0, 1, 0, 1), note.selected);
    }

    @Test
    void aQueryNotInTheNote_saysSo_andAnEmptyOneSaysNothing() {
        find.open(note);
        find.queryProperty().set("stylegan");
        assertEquals("No matches", find.statusProperty().get());
        find.next();
        assertEquals(List.of(), note.selected);
        find.queryProperty().set("");
        assertEquals("", find.statusProperty().get());
    }

    @Test
    void closing_clearsTheHighlights_andHidesTheBar() {
        find.open(note);
        find.queryProperty().set("face");
        find.close();
        assertTrue(note.cleared);
        assertFalse(find.shownProperty().get());
    }

    @Test
    void aPageShownAgain_isHighlightedAgain_keepingTheMatchShownWhenItIsStillThere() {
        find.open(note);
        find.queryProperty().set("face");
        find.next();
        find.next();
        note.text = "face FACE face";
        find.refresh(note);
        assertEquals("3 of 3", find.statusProperty().get());
        note.text = "face";
        find.refresh(note);
        assertEquals("1 of 1", find.statusProperty().get());
    }

    @Test
    void textMatches_ignoreCase_andDoNotOverlap() {
        assertEquals(List.of(0, 10, 15), TextMatches.starts("Face swap FACE face", "face"));
        assertEquals(List.of(0, 2), TextMatches.starts("aaaa", "aa"));
        assertEquals(List.of(3), TextMatches.starts("基于的换脸", "换脸"));
        assertEquals(List.of(), TextMatches.starts("anything", ""));
    }
}
