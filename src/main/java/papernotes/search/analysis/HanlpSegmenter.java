package papernotes.search.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/// Chinese word segmentation with HanLP (portable 1.8.6, its bundled dictionaries) plus the field's own words in a
/// dictionary of this instance only (docs/decisions/0004-bilingual-analysis-and-ranking.md); HanLP's name, place and
/// organisation recognisers are off (they slow it down and split domain terms).
public final class HanlpSegmenter implements WordSegmenter {

    private final Segment segment;

    /// A segmenter that also knows `domainWords` (`超分`, `换脸`, `三维可变形人脸模型`, …).
    public HanlpSegmenter(Collection<String> domainWords) {
        var dictionary = new DynamicCustomDictionary();
        for (String word : domainWords) {
            if (!word.isBlank()) {
                dictionary.add(word);
            }
        }
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dictionary)
                .enablePartOfSpeechTagging(false)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false);
    }

    @Override
    public List<Word> segment(String run) {
        if (run.isEmpty()) {
            return List.of();
        }
        var terms = segment.seg(run);
        var words = new ArrayList<Word>(terms.size());
        int expected = 0;
        for (var term : terms) {
            int start = term.offset;
            int end = start + term.word.length();
            if (start != expected || end > run.length()) {
                return characters(run);
            }
            words.add(new Word(start, end));
            expected = end;
        }
        return expected == run.length() ? words : characters(run);
    }

    /// One word per character: the safe answer should the segmenter ever not cover the run exactly.
    private static List<Word> characters(String run) {
        var words = new ArrayList<Word>();
        for (int i = 0; i < run.length(); i += Character.charCount(run.codePointAt(i))) {
            words.add(new Word(i, i + Character.charCount(run.codePointAt(i))));
        }
        return words;
    }
}
