package papernotes.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/// Token tables: sentences from the shipped notes in, tokens with offsets out (`term[start,end)`, `+0` for a token
/// stacked at the previous position).
class NoteAnalyzersTest {

    private static final NoteAnalyzers ANALYZERS = new NoteAnalyzers(
            CharFolding.load(), new HanlpSegmenter(Set.of("超分", "换脸", "感知损失", "人脸关键点", "三维可变形人脸模型", "超分辨率")));

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        var result = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")"
                        + (position.getPositionIncrement() == 0 ? "+0" : ""));
            }
            stream.end();
        }
        return result;
    }

    @Test
    void bigramFieldKeepsIdentifiersWholeAndPairsChinese() throws IOException {
        assertEquals(
                List.of(
                        "基于[0,2)",
                        "stylegan2[2,11)",
                        "stylegan[2,11)+0",
                        "arcface[12,19)",
                        "提取[19,21)",
                        "id[21,23)",
                        "特征[23,25)"),
                tokens(ANALYZERS.gramIndex(), "基于stylegan2,arcface提取id特征"));
    }

    @Test
    void bigramFieldFindsEverySubstringOfAChineseRun() throws IOException {
        assertEquals(
                List.of("人脸[0,2)", "脸超[1,3)", "超分[2,4)", "分辨[3,5)", "辨率[4,6)", "率重[5,7)", "重建[6,8)"),
                tokens(ANALYZERS.gramIndex(), "人脸超分辨率重建"));
    }

    @Test
    void identifiersAreFoundByTheirPartsAndJoinedForm() throws IOException {
        assertEquals(
                List.of("esrgan[0,6)", "realesrgan[9,20)", "real[9,13)+0", "esrgan[14,20)"),
                tokens(ANALYZERS.gramIndex(), "ESRGAN & Real-ESRGAN"));
        assertEquals(
                List.of(
                        "3ddfav2[0,8)",
                        "3ddfa[0,5)+0",
                        "v2[6,8)",
                        "针对[9,11)",
                        "3ddfa[11,16)",
                        "进行[16,18)",
                        "行了[17,19)",
                        "了提[18,20)",
                        "提速[19,21)"),
                tokens(ANALYZERS.gramIndex(), "3DDFA_V2,针对3DDFA进行了提速"));
        assertEquals(
                List.of("pixelunshuffle[0,15)", "pixel[0,5)+0", "unshuffle[6,15)"),
                tokens(ANALYZERS.gramIndex(), "pixel-unshuffle"));
    }

    @Test
    void queriesUseTheJoinedFormOnly() throws IOException {
        assertEquals(List.of("realesrgan[0,11)"), tokens(ANALYZERS.gramQuery(), "Real-ESRGAN"));
        assertEquals(List.of("realesrgan[0,10)"), tokens(ANALYZERS.gramQuery(), "RealESRGAN"));
        assertEquals(List.of("stylegan2[0,9)"), tokens(ANALYZERS.gramQuery(), "StyleGAN2"));
    }

    @Test
    void nothingIsStemmed() throws IOException {
        assertEquals(
                List.of("arcface[0,7)", "swapping[8,16)", "models[17,23)"),
                tokens(ANALYZERS.gramQuery(), "ArcFace swapping models"));
    }

    @Test
    void fullWidthAndTraditionalFoldToOneFormWithOriginalOffsets() throws IOException {
        assertEquals(List.of("stylegan2[0,9)", "换脸[9,11)"), tokens(ANALYZERS.gramQuery(), "ＳｔｙｌｅＧＡＮ２換臉"));
        assertEquals(tokens(ANALYZERS.gramQuery(), "人脸关键点"), tokens(ANALYZERS.gramQuery(), "人臉關鍵點"));
    }

    @Test
    void wordFieldUsesTheDomainDictionary() throws IOException {
        assertEquals(
                List.of("perceptual[0,10)", "loss[11,15)", "感知损失[16,20)", "移到[21,23)", "激活[23,25)", "前[25,26)"),
                tokens(ANALYZERS.wordIndex(), "Perceptual Loss 感知损失,移到激活前"));
        assertEquals(
                List.of("然后[0,2)", "进行[2,4)", "超分[4,6)", "获得[6,8)", "高[8,9)", "分辨率[9,12)", "uv[12,14)", "map[15,18)"),
                tokens(ANALYZERS.wordIndex(), "然后进行超分获得高分辨率uv map"));
    }

    @Test
    void unigramFieldHoldsSingleChineseCharactersOnly() throws IOException {
        assertEquals(List.of("超[0,1)", "分[1,2)", "换[7,8)"), tokens(ANALYZERS.unigram(), "超分 GAN 换"));
        // the field records only which notes have a character: each once, where it first occurs, folded
        assertEquals(List.of("换[0,1)", "脸[1,2)", "超[3,4)"), tokens(ANALYZERS.unigram(), "換臉，超换脸 换"));
    }

    @Test
    void pinyinGivesFullSpellingAndInitials() {
        assertEquals(Set.of("huanlian", "hl"), new Pinyin().spellings("换脸"));
        assertEquals(true, new Pinyin().spellings("重建").containsAll(Set.of("zhongjian", "chongjian", "zj", "cj")));
    }
}
