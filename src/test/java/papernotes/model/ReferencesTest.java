package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/// A paper's reference, as a reader writes it in a bibliography (APA's manner).
class ReferencesTest {

    private static PaperLinks paper(List<String> authors, String venue, String doi, String arxiv) {
        return new PaperLinks(
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(arxiv),
                Optional.ofNullable(doi),
                Optional.of(2019),
                Optional.ofNullable(venue),
                Optional.of("FSGAN: Subject Agnostic Face Swapping and Reenactment"),
                authors,
                Optional.empty());
    }

    @Test
    void authorsYearTitleVenueAndTheDoisAddress() {
        assertEquals(
                "Nirkin, Y., Keller, Y., & Hassner, T. (2019). FSGAN: Subject Agnostic Face Swapping and Reenactment."
                        + " ICCV. https://doi.org/10.1109/ICCV.2019.00728",
                References.of(
                        "FSGAN",
                        paper(
                                List.of("Yuval Nirkin", "Yosi Keller", "Tal Hassner"),
                                "ICCV",
                                "10.1109/ICCV.2019.00728",
                                "1908.05932")));
    }

    @Test
    void arxivsAddressWhenThereIsNoDoi_andTwoAuthorsJoinedByAnAmpersand() {
        assertEquals(
                "Nirkin, Y., & Hassner, T. (2019). FSGAN: Subject Agnostic Face Swapping and Reenactment."
                        + " https://arxiv.org/abs/1908.05932",
                References.of("FSGAN", paper(List.of("Yuval Nirkin", "Tal Hassner"), null, null, "1908.05932")));
    }

    @Test
    void aNoteWithoutPaperFieldsIsItsTitle() {
        assertEquals("基于stylegan2的换脸.", References.of("基于stylegan2的换脸", PaperLinks.NONE));
    }

    @Test
    void namesAreWrittenLastNameFirstWithInitials() {
        assertEquals("Picard, J.-L.", References.author("Jean-Luc Picard"));
        assertEquals("Nirkin, Y.", References.author("Nirkin, Yuval"));
        assertEquals("张三", References.author("张三"));
        assertEquals("Dosovitskiy", References.author("Dosovitskiy"));
    }

    @Test
    void moreThanTwentyAuthorsAreCutToNineteenAndTheLast() {
        var names = IntStream.rangeClosed(1, 25).mapToObj(i -> "Ann Author" + i).toList();
        var written = References.authors(names);
        assertEquals(true, written.startsWith("Author1, A., Author2, A."));
        assertEquals(true, written.endsWith("Author19, A., … Author25, A."), written);
    }
}
