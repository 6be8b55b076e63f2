package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// The new-note form: the arXiv id and the year follow the paper address at every change, until the user types
/// their own.
@Tag("ui")
class NewNoteViewModelTest {

    private final NewNoteViewModel form = new NewNoteViewModel("Super Resolution");

    private void type(String text) {
        for (char c : text.toCharArray()) {
            form.paperProperty().set(form.paperProperty().get() + c);
        }
    }

    @Test
    void anAddressTypedKeyByKey_givesTheWholeIdAndItsYear() {
        type("https://arxiv.org/abs/2107.10833v2");
        assertEquals("2107.10833", form.arxivProperty().get());
        assertEquals("2021", form.yearProperty().get());
    }

    @Test
    void anotherAddressPastedOverIt_replacesIdAndYear() {
        type("https://arxiv.org/abs/2107.1083");
        form.paperProperty().set("https://arxiv.org/abs/1809.00219");
        assertEquals("1809.00219", form.arxivProperty().get());
        assertEquals("2018", form.yearProperty().get());
    }

    @Test
    void anAddressThatIsNoLongerArxiv_emptiesWhatItFilled() {
        form.paperProperty().set("https://arxiv.org/abs/2107.10833");
        form.paperProperty().set("https://github.com/xinntao/Real-ESRGAN");
        assertEquals("", form.arxivProperty().get());
        assertEquals("", form.yearProperty().get());
    }

    @Test
    void anIdOrYearTypedByTheUser_isKept() {
        form.arxivProperty().set("2107.10833");
        form.yearProperty().set("2022");
        form.paperProperty().set("https://arxiv.org/abs/1809.00219");
        assertEquals("2107.10833", form.arxivProperty().get());
        assertEquals("2022", form.yearProperty().get());
    }

    @Test
    void theFormIsWhatWasTyped() {
        form.titleProperty().set("Real-ESRGAN");
        form.paperProperty().set("https://arxiv.org/abs/2107.10833");
        form.venueProperty().set("ICCVW");
        assertEquals(
                new NewNoteForm(
                        "Real-ESRGAN",
                        "Super Resolution",
                        "https://arxiv.org/abs/2107.10833",
                        "2107.10833",
                        "",
                        "2021",
                        "ICCVW",
                        List.of()),
                form.form());
    }

    @Test
    void tagsAreAddedOnce_ignoringCaseAndALeadingHash() {
        form.addTag("#GAN");
        form.addTag("gan");
        form.addTag(" 超分 ");
        form.removeTag("GAN");
        assertEquals(List.of("超分"), form.form().tags());
    }
}
