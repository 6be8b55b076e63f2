package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaperReferenceTest {

    @ParameterizedTest(name = "{0} → arXiv {1}")
    @CsvSource({
        "2010.11929, 2010.11929",
        "2010.11929v2, 2010.11929",
        "arXiv:2010.11929, 2010.11929",
        "https://arxiv.org/abs/2010.11929v2, 2010.11929",
        "https://arxiv.org/pdf/2010.11929.pdf, 2010.11929",
        "' http://export.arxiv.org/abs/2010.11929 ', 2010.11929",
        "hep-th/9901001v3, hep-th/9901001"
    })
    void arxivIdsAndAddressesAreArxiv(String text, String id) {
        assertEquals(new PaperReference.ByArxiv(id), PaperReference.parse(text));
    }

    @ParameterizedTest(name = "{0} → DOI {1}")
    @CsvSource({
        "10.1109/CVPR.2016.90, 10.1109/CVPR.2016.90",
        "doi:10.1109/CVPR.2016.90, 10.1109/CVPR.2016.90",
        "https://doi.org/10.1109/CVPR.2016.90, 10.1109/CVPR.2016.90",
        "https://dx.doi.org/10.1145/3528223.3530164, 10.1145/3528223.3530164",
        "https://doi.org/10.1002/%28SICI%291097-0258, 10.1002/(SICI)1097-0258",
        "https://dl.acm.org/doi/10.1145/3528223.3530164, 10.1145/3528223.3530164",
        "https://dl.acm.org/doi/abs/10.1145/3528223.3530164?casa_token=x, 10.1145/3528223.3530164",
        "https://onlinelibrary.wiley.com/doi/full/10.1111/cgf.14022, 10.1111/cgf.14022"
    })
    void doisAndAddressesCarryingOneAreDois(String text, String doi) {
        assertEquals(new PaperReference.ByDoi(doi), PaperReference.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://openreview.net/forum?id=YicbFdNTTy",
                "https://aclanthology.org/2020.acl-main.1/",
                "https://openaccess.thecvf.com/content/CVPR2022/html/Wang_GFP_CVPR_2022_paper.html"
            })
    void otherAddressesArePagesToRead(String address) {
        assertEquals(new PaperReference.ByPage(URI.create(address)), PaperReference.parse(address));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "An Image is Worth 16x16 Words | An Image is Worth 16x16 Words",
                "'  FSGAN:\tSubject Agnostic   Face Swapping ' | FSGAN: Subject Agnostic Face Swapping",
                "基于stylegan2的换脸 | 基于stylegan2的换脸"
            })
    void anythingElseIsATitle(String text, String title) {
        assertEquals(new PaperReference.ByTitle(title), PaperReference.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsRefusedWithASentence(String text) {
        var error = assertThrows(InvalidInputException.class, () -> PaperReference.parse(text));
        assertEquals("Give an arXiv id, a DOI, a web address or a paper's title.", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "tab\u0007bell"})
    void aTitleIsOneLine(String text) {
        assertThrows(InvalidInputException.class, () -> PaperReference.parse(text));
    }

    @Test
    void aVeryLongTitleIsRefused() {
        assertThrows(InvalidInputException.class, () -> PaperReference.parse("x".repeat(501)));
    }
}
