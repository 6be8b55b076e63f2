package papernotes.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static papernotes.interchange.ArxivFeedReaderTest.resource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papernotes.model.PaperMetadata;

class CrossrefReaderTest {

    private final CrossrefReader reader = new CrossrefReader();

    @Test
    void aWorkGivesTheWholePaper() {
        var paper = reader.work(resource("crossref-work.json")).orElseThrow();
        assertEquals("Deep Residual Learning for Image Recognition", paper.title());
        assertEquals(List.of("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"), paper.authors());
        assertEquals(Optional.of(2016), paper.year());
        assertEquals(Optional.of("CVPR"), paper.venue());
        assertEquals(
                Optional.of("Deeper neural networks are more difficult to train. We present a residual learning "
                        + "framework & show that<br>it works."),
                paper.abstractText());
        assertEquals(Optional.of("10.1109/CVPR.2016.90"), paper.doi());
        assertEquals(Optional.of("https://doi.org/10.1109/CVPR.2016.90"), paper.page());
        assertEquals(Optional.empty(), paper.pdf(), "a link only for similarity checking is no PDF to fetch");
    }

    @Test
    void aSearchGivesTheWorksThatHaveATitleInCrossrefsOrder() {
        var works = reader.works(resource("crossref-search.json"));
        assertEquals(
                List.of("FSGAN: Subject Agnostic Face Swapping and Reenactment", "Face swapping for everyone"),
                works.stream().map(PaperMetadata::title).toList());
        assertEquals(Optional.of("ICCV"), works.get(0).venue());
        assertEquals(List.of("The Face Consortium"), works.get(1).authors());
        assertEquals(Optional.of("ACM Trans. Graph."), works.get(1).venue());
        assertEquals(Optional.of(2021), works.get(1).year());
    }

    @Test
    void anAnswerWithoutAWorkIsNoPaper() {
        assertEquals(Optional.empty(), reader.work("{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), reader.works("{\"message\":{}}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whatIsNotJsonIsRefusedWithASentence() {
        var error = assertThrows(
                InterchangeException.class, () -> reader.work("Resource not found.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, error.getMessage().startsWith("Crossref's answer is not JSON that can be read"));
    }
}
