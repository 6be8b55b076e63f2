package papernotes.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// A pasted arXiv link or id fills the arXiv field of the new-note form.
@Tag("ui")
class NewNoteFormTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://arxiv.org/abs/2106.09685, 2106.09685
            https://arxiv.org/abs/2106.09685v2, 2106.09685
            https://arxiv.org/pdf/1908.05932.pdf, 1908.05932
            arXiv:2106.09685, 2106.09685
            https://arxiv.org/abs/hep-th/9901001, hep-th/9901001
            https://github.com/TencentARC/GFPGAN, ''
            """)
    void arxivIdOfAPastedLink(String pasted, String id) {
        assertEquals(id == null || id.isEmpty() ? Optional.empty() : Optional.of(id), NewNoteForm.arxivIn(pasted));
    }
}
