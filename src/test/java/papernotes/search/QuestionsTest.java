package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.HanlpSegmenter;

/// What makes a query a question, and which of its words do not count: the words that ask (`怎么`, `如何`,
/// `为什么`, `有什么`, `吗`, `what`, `how`, `does`…) never; in a question, the words that only relate what it asks
/// about (`区别`, `关系`, `difference`, `between`…) neither.
class QuestionsTest {

    private static final Questions QUESTIONS = new Questions(CharFolding.load(), new HanlpSegmenter(Set.of()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "如何选择学习率",
                "为什么残差连接能缓解梯度消失",
                "注意力机制是什么",
                "有哪些轻量化网络",
                "这个方法需要预训练吗",
                "对比学习和度量学习之间是什么关系",
                "残差是啥",
                "效果咋样",
                "需要多少数据",
                "为何要归一化",
                "BN和LN有什么不同",
                "为什么CenterNet比YOLO慢",
                "标签平滑？",
                "what is label smoothing",
                "How does NMS remove duplicate boxes",
                "why do GANs collapse",
                "which backbone is faster",
                "is dropout used at test time",
                "can ViT work without pretraining",
                "What's a feature pyramid",
                "label smoothing?"
            })
    void aQuestionInEitherLanguageIsRecognised(String query) {
        assertTrue(QUESTIONS.asks(query), query);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "学习率",
                "残差连接 梯度消失",
                "对比学习",
                "label smoothing",
                "Attention is all you need",
                "knowledge distillation survey",
                "how-to",
                "Transformer 位置编码",
                "relation extraction"
            })
    void termsAndTitlesAreNotQuestions(String query) {
        assertFalse(QUESTIONS.asks(query), query);
    }

    @Test
    void theWordsThatAskDoNotCountInChinese() {
        assertEquals(List.of("选择", "学习", "率"), QUESTIONS.words("如何选择学习率", true));
        assertEquals(List.of("注意力", "机制"), QUESTIONS.words("注意力机制是什么", true));
        assertEquals(List.of("轻量化", "网络"), QUESTIONS.words("有哪些轻量化网络", true));
        assertEquals(List.of("预", "训练"), QUESTIONS.words("这个方法需要预训练吗", true));
        assertEquals(List.of("残", "差"), QUESTIONS.words("残差是啥", true));
        assertEquals(List.of("效果"), QUESTIONS.words("效果咋样", true));
        assertEquals(List.of("数据"), QUESTIONS.words("需要多少数据", true));
    }

    @Test
    void inAQuestionTheWordsThatRelateItsSubjectsDoNotCountEither() {
        assertEquals(List.of("对比", "学习", "度量", "学习"), QUESTIONS.words("对比学习和度量学习之间是什么关系", true));
        assertEquals(List.of("图像", "文本"), QUESTIONS.words("图像和文本之间有什么联系", true));
        assertEquals(List.of("检测", "分割"), QUESTIONS.words("检测和分割相比有哪些不同", true));
        assertEquals(List.of(), QUESTIONS.words("两者的差异在哪", true));
        assertEquals(List.of("关系", "抽取"), QUESTIONS.words("关系抽取", false), "a term, not a question: they count");
    }

    @Test
    void aComparisonCountsByWhatItCompares_aRepeatedWordAsOftenAsItIsSaid() {
        assertEquals(List.of("深层", "网络", "浅层", "网络", "泛", "化", "更好"), QUESTIONS.words("为什么深层网络比浅层网络泛化更好", true));
    }

    @Test
    void theWordsThatAskOrRelateDoNotCountInEnglish() {
        for (String word : List.of("what", "how", "why", "which", "does", "is", "whats", "should")) {
            assertFalse(Questions.counts(word, false), word);
            assertFalse(Questions.counts(word, true), word);
        }
        var relations = List.of("difference", "differences", "between", "relation", "relationship", "versus", "vs");
        for (String word : relations) {
            assertFalse(Questions.counts(word, true), word + " in a question");
            assertTrue(Questions.counts(word, false), word + " in a term");
        }
        assertTrue(Questions.counts("dropout", true));
        assertTrue(Questions.counts("attention", true));
    }
}
