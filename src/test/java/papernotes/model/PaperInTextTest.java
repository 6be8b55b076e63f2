package papernotes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Finding the paper a PDF names in its own first pages.
class PaperInTextTest {

    @Test
    void arxivsMarginStampNamesThePaperWithoutItsVersion() {
        var page = "An Image is Worth 16x16 Words\narXiv:2010.11929v2  [cs.CV]  3 Jun 2021\nAlexey Dosovitskiy";
        assertEquals(Optional.of(new PaperReference.ByArxiv("2010.11929")), PaperInText.find(List.of(page)));
    }

    @Test
    void anOldStyleStampIsReadToo() {
        assertEquals(
                Optional.of(new PaperReference.ByArxiv("hep-th/9901001")),
                PaperInText.find(List.of("Title of the paper here\narXiv:hep-th/9901001v3 4 Jan 1999")));
    }

    @Test
    void aPrintedDoiNamesThePaperWhenThereIsNoStamp() {
        var page = "Deep Residual Learning\nPublished 2016. https://doi.org/10.1109/CVPR.2016.90.\nKaiming He";
        assertEquals(Optional.of(new PaperReference.ByDoi("10.1109/CVPR.2016.90")), PaperInText.find(List.of(page)));
        assertEquals(
                Optional.of(new PaperReference.ByDoi("10.1145/3306346.3323035")),
                PaperInText.find(List.of("A title line\n", "DOI: 10.1145/3306346.3323035")));
    }

    @Test
    void otherwiseTheFirstLineThatReadsLikeATitle() {
        var page =
                "1\n\nhttps://example.org/paper\nFSGAN: Subject Agnostic Face Swapping and Reenactment\nYuval Nirkin";
        assertEquals(
                Optional.of(new PaperReference.ByTitle("FSGAN: Subject Agnostic Face Swapping and Reenactment")),
                PaperInText.find(List.of(page)));
        assertEquals(
                Optional.of(new PaperReference.ByTitle("基于深度学习的人脸超分辨率方法综述")),
                PaperInText.find(List.of("  \n基于深度学习的人脸超分辨率方法综述\n张三")));
    }

    @Test
    void aPageWithNothingLikeATitleNamesNoPaper() {
        assertEquals(Optional.empty(), PaperInText.find(List.of("1 2 3\n4", "")));
        assertEquals(Optional.empty(), PaperInText.find(List.of()));
    }
}
