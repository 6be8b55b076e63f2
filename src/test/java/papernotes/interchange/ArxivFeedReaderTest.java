package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArxivFeedReaderTest {

    private final ArxivFeedReader reader = new ArxivFeedReader();

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(
                ArxivFeedReaderTest.class.getResourceAsStream("/papernotes/interchange/lookup/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEntryGivesTheWholePaper() {
        var paper = reader.read(resource("arxiv-2010.11929.xml"), "2010.11929").orElseThrow();
        assertEquals("An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", paper.title());
        assertEquals(List.of("Alexey Dosovitskiy", "Lucas Beyer", "Alexander Kolesnikov"), paper.authors());
        assertEquals(Optional.of(2020), paper.year());
        assertEquals(Optional.of("ICLR"), paper.venue());
        assertTrue(paper.abstractText().orElseThrow().startsWith("While the Transformer architecture"));
        assertEquals(Optional.of("2010.11929"), paper.arxiv());
        assertEquals(Optional.of("https://arxiv.org/abs/2010.11929"), paper.page());
        assertEquals(Optional.of("https://arxiv.org/pdf/2010.11929v2"), paper.pdf());
        assertEquals(Optional.empty(), paper.doi());
    }

    @Test
    void anIdArxivDoesNotKnowIsNoPaper() {
        assertEquals(Optional.empty(), reader.read(resource("arxiv-error.xml"), "9999.99999"));
        assertEquals(Optional.empty(), reader.read(resource("arxiv-empty.xml"), "2301.99999"));
    }

    @Test
    void anEntryForAnotherIdIsNotTaken() {
        assertEquals(Optional.empty(), reader.read(resource("arxiv-2010.11929.xml"), "2106.09685"));
    }

    @Test
    void whatIsNotAFeedIsRefusedWithASentence() {
        var error = assertThrows(
                InterchangeException.class,
                () -> reader.read("<html><body>Rate exceeded".getBytes(StandardCharsets.UTF_8), "2010.11929"));
        assertTrue(error.getMessage().startsWith("arXiv's answer is not a feed that can be read"), error.getMessage());
    }

    @Test
    void entitiesAndDoctypesAreNotFollowed() {
        var hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2010.11929</id>
                <title>&secret;</title></entry></feed>""";
        assertThrows(
                InterchangeException.class, () -> reader.read(hostile.getBytes(StandardCharsets.UTF_8), "2010.11929"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Accepted at CVPR 2021 | CVPR 2021",
                "NeurIPS 2020 camera ready | NeurIPS 2020",
                "ICLR camera-ready version | ICLR",
                "12 pages, 5 figures | ",
                "SIGGRAPH Asia 2022 (ACM TOG) | SIGGRAPH Asia 2022"
            })
    void theVenueIsTheConferenceACommentNames(String comment, String venue) {
        assertEquals(Optional.ofNullable(venue), ArxivFeedReader.venue(comment));
    }
}
