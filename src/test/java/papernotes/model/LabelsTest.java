package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void tagsAreTrimmedStrippedOfHashAndDeduplicatedIgnoringCase() {
        assertEquals(List.of("GAN", "换脸", "stylegan2"), Labels.tags(List.of(" GAN ", "#换脸", "gan", "stylegan2")));
    }

    @Test
    void emptyOrMultiLineTagsAreRefused() {
        assertThrows(InvalidInputException.class, () -> Labels.tag("  "));
        assertThrows(InvalidInputException.class, () -> Labels.tag("#"));
        assertThrows(InvalidInputException.class, () -> Labels.tag("a\nb"));
    }

    @Test
    void titlesMustHaveTextOnOneLine() {
        assertEquals("Disney高清换脸", Labels.title("  Disney高清换脸\t"));
        var empty = assertThrows(InvalidInputException.class, () -> Labels.title(" "));
        assertEquals("A note needs a title; the title given is empty.", empty.getMessage());
        assertThrows(InvalidInputException.class, () -> Labels.title("two\nlines"));
    }

    @Test
    void bodiesKeepTextButUnifyLineEndings() {
        assertEquals("a\nb\nc", Bodies.check("a\r\nb\rc"));
        assertThrows(InvalidInputException.class, () -> Bodies.check("bin\0ary"));
    }

    @Test
    void noteIdsAreEightCrockfordCharacters() {
        var id = NoteId.random(new Random(1));
        assertEquals(8, id.value().length());
        assertEquals(true, NoteId.isWellFormed(id.value()));
        for (String bad : List.of("", "abc", "ABCDEFGH", "k3v9x2mqq", "k3v9x2mi", "k3v9x2ml", "k3v9x2mo", "k3v9x2mu")) {
            assertEquals(false, NoteId.isWellFormed(bad), bad);
            assertThrows(InvalidInputException.class, () -> new NoteId(bad));
        }
    }
}
