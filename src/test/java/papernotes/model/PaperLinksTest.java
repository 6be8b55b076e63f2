package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaperLinksTest {

    private static PaperLinks links(String arxiv, String doi, Integer year, String venue) {
        return new PaperLinks(
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(arxiv),
                Optional.ofNullable(doi),
                Optional.ofNullable(year),
                Optional.ofNullable(venue));
    }

    @Test
    void fieldsAreNormalizedAndBlankMeansAbsent() {
        var links =
                links(" https://arxiv.org/abs/2106.09685v2 ", "https://doi.org/10.1109/CVPR.2016.90", 2021, "  CVPR ");
        assertEquals(Optional.of("2106.09685"), links.arxiv());
        assertEquals(Optional.of("10.1109/CVPR.2016.90"), links.doi());
        assertEquals(Optional.of(2021), links.year());
        assertEquals(Optional.of("CVPR"), links.venue());
        assertEquals(PaperLinks.NONE, links("  ", "", null, " "));
        assertEquals(
                Optional.of("10.48550/arXiv.2106.09685"),
                links(null, "doi:10.48550/arXiv.2106.09685", null, null).doi());
    }

    @Test
    void theShortConstructorLeavesThePaperFieldsEmpty() {
        var links = new PaperLinks(Optional.of("https://arxiv.org/pdf/1908.05932.pdf"), Optional.empty());
        assertEquals(PaperLinks.NONE.withPaper(Optional.of("https://arxiv.org/pdf/1908.05932.pdf")), links);
        assertEquals(Optional.empty(), links.arxiv());
    }

    @Test
    void anArxivIdThatCannotBeReadIsRefusedWithOneSentence() {
        var error = assertThrows(InvalidInputException.class, () -> links("2106.096", null, null, null));
        assertEquals("'2106.096' is not an arXiv id (such as 2106.09685 or hep-th/9901001).", error.getMessage());
    }

    @Test
    void aDoiMustStartWithTenAndARegistrant() {
        var error = assertThrows(InvalidInputException.class, () -> links(null, "CVPR.2016.90", null, null));
        assertEquals("'CVPR.2016.90' is not a DOI (such as 10.1109/CVPR.2016.90).", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101, 0, -2021, 20210})
    void yearsOutside1900To2100AreRefused(int year) {
        var error = assertThrows(InvalidInputException.class, () -> links(null, null, year, null));
        assertEquals("The year " + year + " is not between 1900 and 2100.", error.getMessage());
    }

    @Test
    void yearsAreReadFromTextAsTyped() {
        assertEquals(Optional.of(1900), PaperLinks.parseYear(" 1900 "));
        assertEquals(Optional.of(2100), PaperLinks.parseYear("2100"));
        assertEquals(Optional.empty(), PaperLinks.parseYear(""));
        assertEquals(
                "The year 'MMXXI' is not a number such as 2021.",
                assertThrows(InvalidInputException.class, () -> PaperLinks.parseYear("MMXXI"))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> PaperLinks.parseYear("99999999999"));
    }

    @Test
    void aVenueIsOneLine() {
        assertThrows(InvalidInputException.class, () -> links(null, null, null, "CVPR\n2021"));
        assertThrows(
                InvalidInputException.class,
                () -> links(null, null, null, "x".repeat(PaperLinks.MAX_VENUE_LENGTH + 1)));
    }

    @Test
    void editsReplaceOnlyTheFieldsTheyName() {
        var before = links("2106.09685", null, 2021, "CVPR");
        var changes = NoteChanges.none().withYear("2022").withVenue("").withDoi("10.1109/CVPR.2016.90");
        assertEquals(links("2106.09685", "10.1109/CVPR.2016.90", 2022, null), changes.applyTo(before));
        assertEquals(before, NoteChanges.none().withTitle("x").applyTo(before));
        assertEquals(
                links(null, null, 2021, "CVPR"),
                NoteChanges.none().withArxiv(" ").applyTo(before));
    }

    @Test
    void badPaperFieldsInAnEditAreRefusedWhenTheEditIsMade() {
        assertThrows(InvalidInputException.class, () -> NoteChanges.none().withYear("1066"));
        assertThrows(InvalidInputException.class, () -> NoteChanges.none().withArxiv("arXiv:nope"));
        assertThrows(InvalidInputException.class, () -> NoteChanges.none().withDoi("nope"));
        assertEquals(
                Optional.of("2106.09685"),
                NoteChanges.none()
                        .withArxiv("https://arxiv.org/abs/2106.09685v3")
                        .arxiv());
    }
}
