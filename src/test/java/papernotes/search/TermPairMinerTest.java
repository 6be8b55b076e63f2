package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papernotes.search.analysis.HanlpSegmenter;

/// Which term pairs a sentence of a note teaches: a translation in brackets, cut to the term it translates.
class TermPairMinerTest {

    private final TermPairMiner miner = new TermPairMiner(new HanlpSegmenter(Set.of()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - **感受野(Receptive Field)**                          | 感受野=receptive field
            由于后处理只采用非极大值抑制(NMS)，所以                   | 非极大值抑制=nms
            其中一种是多目标跟踪(Multi-Object Tracking)，         | 多目标跟踪=multi object tracking
            在此基础上增加了级联匹配(Matching Cascade)            | 级联匹配=matching cascade
            需要设置先验框（default boxes）                        | 先验框=default boxes
            批归一化(BN)的缩放系数                                  | 批归一化=bn
            we study phase retrieval（相位恢复）here             | 相位恢复=phase retrieval
            见 Region of Interest（感兴趣区域）                   | 感兴趣区域=region of interest
            网络结构（Unet）                                        | 网络结构=unet (weak)
            算法（primal-dual first-order algorithm）              | none
            训练（WGAN）                                            | none
            的能力（where）                                         | none
            对比（2021）                                            | none
            噪声添加（a d）                                         | none
            依赖（query independent dependency）                   | none
            """)
    void aBracketedTranslationTeachesThePairItTranslates(String sentence, String expected) {
        var found = miner.mine(sentence).stream()
                .map(p -> p.chinese() + "=" + p.english() + (p.weak() ? " (weak)" : ""))
                .toList();
        assertEquals(expected.equals("none") ? List.of() : List.of(expected), found);
    }
}
