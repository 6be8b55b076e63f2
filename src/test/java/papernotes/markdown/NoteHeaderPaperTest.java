package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import papernotes.model.Theme;

/// What the note's header shows of the paper itself: its full title when the note's is another, its authors, and
/// its abstract folded under a heading in the reader's language.
class NoteHeaderPaperTest {

    private final NotePage page = new NotePage(new NoteRenderer());

    private Document header(String title, NoteHeader.Paper paper) {
        var header =
                new NoteHeader(title, List.of(), List.of("Face Swap"), List.of(), Optional.empty(), List.of(), paper);
        return Jsoup.parse(page.html(header, "正文", NoteLinks.NONE, Theme.LIGHT));
    }

    @Test
    void aShortTitleIsFollowedByThePapersFullTitleAndItsAuthors() {
        var html = header(
                "FSGAN",
                new NoteHeader.Paper(
                        Optional.of("FSGAN: Subject Agnostic Face Swapping and Reenactment"),
                        List.of("Yuval Nirkin", "Yosi Keller", "Tal Hassner"),
                        Optional.empty(),
                        "Abstract"));
        assertEquals(
                "FSGAN: Subject Agnostic Face Swapping and Reenactment",
                html.selectFirst("header .paper-title").text());
        assertEquals(
                "Yuval Nirkin, Yosi Keller, Tal Hassner",
                html.selectFirst("header .authors").text());
        assertTrue(html.select("details.abstract").isEmpty(), "no abstract, no fold");
    }

    @Test
    void aFullTitleThatIsTheNotesOwnIsNotRepeated() {
        var html = header(
                "Deep Residual Learning",
                new NoteHeader.Paper(Optional.of("deep residual learning"), List.of(), Optional.empty(), "Abstract"));
        assertTrue(html.select(".paper-title").isEmpty());
        assertTrue(html.select(".authors").isEmpty());
    }

    @Test
    void theAbstractIsFoldedUnderItsHeadingOneParagraphEach() {
        var html = header(
                "ViT",
                new NoteHeader.Paper(
                        Optional.empty(),
                        List.of(),
                        Optional.of("While the Transformer <b>architecture</b>…\n\n纯 Transformer 用于图像分类。"),
                        "摘要"));
        var fold = html.selectFirst("header details.abstract");
        assertEquals("摘要", fold.selectFirst("summary").text());
        assertEquals(
                List.of("While the Transformer <b>architecture</b>…", "纯 Transformer 用于图像分类。"),
                fold.select("p").eachText());
        assertTrue(fold.select("b").isEmpty(), "the abstract is text, not markup");
    }
}
