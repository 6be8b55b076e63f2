package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2106.09685",
                "2106.09685v2",
                "arXiv:2106.09685",
                "ARXIV: 2106.09685v12",
                "https://arxiv.org/abs/2106.09685v2",
                "https://arxiv.org/pdf/2106.09685.pdf",
                "https://arxiv.org/pdf/2106.09685v1",
                "http://www.arxiv.org/abs/2106.09685",
                "https://export.arxiv.org/abs/2106.09685",
                "https://arxiv.org/html/2106.09685v2",
                "https://arxiv.org/abs/2106.09685?context=cs",
                "  2106.09685  "
            })
    void everyCommonFormOfANewStyleIdGivesTheBareId(String text) {
        assertEquals(Optional.of("2106.09685"), ArxivId.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "hep-th/9901001, hep-th/9901001",
        "hep-th/9901001v3, hep-th/9901001",
        "arXiv:cond-mat/0102536, cond-mat/0102536",
        "math.GT/0309136, math.GT/0309136",
        "https://arxiv.org/abs/hep-th/9901001v1, hep-th/9901001",
        "https://arxiv.org/pdf/math/0211159.pdf, math/0211159",
        "0704.0001, 0704.0001",
        "1412.6980v9, 1412.6980"
    })
    void oldStyleAndFourDigitIdsAreRead(String text, String id) {
        assertEquals(Optional.of(id), ArxivId.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2106",
                "2106.096",
                "2106.096855",
                "2113.09685",
                "2106.09685v",
                "10.1109/CVPR.2016.90",
                "https://example.org/abs/2106.09685",
                "hep-th/990100",
                "arxiv.org",
                "2106.09685 extra"
            })
    void anythingElseIsNotAnId(String text) {
        assertEquals(Optional.empty(), ArxivId.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "2107.10833, 2021",
        "0704.0001, 2007",
        "1412.6980, 2014",
        "hep-th/9901001, 1999",
        "math.GT/0309136, 2003",
        "cond-mat/0102536, 2001"
    })
    void theYearIsTheIdsFirstTwoDigits(String id, int year) {
        assertEquals(Optional.of(year), ArxivId.year(id));
    }

    @Test
    void somethingThatIsNotAnIdHasNoYear() {
        assertEquals(Optional.empty(), ArxivId.year("2107.1"));
    }

    @Test
    void theAddressIsTheAbstractPage() {
        assertEquals("https://arxiv.org/abs/2106.09685", ArxivId.address("2106.09685"));
    }
}
