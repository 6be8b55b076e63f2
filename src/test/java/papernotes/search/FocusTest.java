package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// A digest of papers (a week's reading summary: a link and a line for each paper) mentions the words of every
/// search; the note on the paper itself ranks above it.
class FocusTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} links in {1} characters: {2}")
    @CsvSource(textBlock = """
            0,    1000,  1.0
            7,    200,   1.0
            10,   10000, 1.0
            12,   8000,  1.0
            30,   6000,  0.3636
            26,   3000,  0.2987
            200,  1000,  0.3
            """)
    void aNotesFocusFallsWithItsDensityOfLinks(int links, int characters, float focus) {
        assertEquals(Math.max(0.3f, focus), Focus.of(links, characters), 0.001f);
    }

    private static IndexedNote note(String id, String title, String text, int links) {
        return new IndexedNote(
                        id, title, List.of(), List.of(), List.of("Notes"), List.of("Notes"), List.of(), text, "", 0)
                .withLinks(links);
    }

    private List<String> ids(int digestLinks) throws Exception {
        var week = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            week.append("Paper ").append(i).append(": 压缩感知重建。\n");
        }
        week.append("Phase retrieval with generative priors: 生成先验用于 phase retrieval.\n");
        var paper = "Phase retrieval: 这篇文章研究的是 phase retrieval，使用 GAN 作为 prior。测量值失去了相位信息，作者在梯度算法中增加了一个"
                + "估计，使其变成线性的逆问题。实验表明测量值较多时方法之间没有差别。收敛性定理的条件依旧苛刻。"
                + "另外还讨论了网络结构、训练细节、超参数的选择、与其他方法的比较，以及失败的例子和局限。".repeat(3);
        var folder = this.folder.resolve("links" + digestLinks);
        try (var engine = SearchEngine.open(folder.resolve("index"), List.of(), Dictionary.empty())) {
            engine.index().upsert(note("week", "200202-200208 论文阅读总结", week.toString(), digestLinks));
            engine.index().upsert(note("paper", "Alternating Phase Projected Gradient Descent", paper, 1));
            engine.index().refresh();
            return engine
                    .search(
                            new SearchRequest("phase retrieval", 10, Optional.empty(), Optional.empty(), false),
                            NoteTexts.NONE)
                    .hits()
                    .stream()
                    .map(SearchHit::id)
                    .toList();
        }
    }

    @Test
    void aDigestOfLinksRanksBelowTheNoteOnThePaper() throws Exception {
        assertEquals(
                List.of("week", "paper"), ids(0), "without its links, the summary's words alone would rank it first");
        assertEquals(List.of("paper", "week"), ids(31));
    }
}
