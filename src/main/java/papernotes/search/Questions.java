package papernotes.search;

import java.util.List;
import java.util.Set;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.WordSegmenter;

/// Questions in either language (`如何计算感受野`, `两种归一化有什么区别`, `why does dropout help`): the words that
/// ask never count for matching or scoring, and in a question neither do the words that only relate its subjects
/// (`区别`, `关系`, `difference`, `between`); what is left are the words a note that answers it would use.
final class Questions {

    /// Chinese words that ask, wherever they stand in a query.
    static final Set<String> CHINESE = Set.of(
            "怎么", "怎样", "怎么样", "怎么办", "怎样才能", "咋", "咋样", "咋办", "如何", "为什么", "为何", "为啥", "啥", "什么", "有什么", "是什么", "干什么",
            "什么样", "哪", "哪些", "哪个", "哪篇", "哪种", "哪一种", "哪里", "哪儿", "谁", "多少", "几", "是否", "能否", "是不是", "能不能", "会不会",
            "可不可以", "有没有", "有哪些", "有何", "吗", "呢", "嘛", "请问");

    /// English words that ask, wherever they stand.
    static final Set<String> ENGLISH =
            Set.of("what", "whats", "how", "hows", "why", "which", "who", "whom", "whose", "when", "where", "whether");

    /// English words that ask only when they open the query (`is dropout used at test time`); elsewhere they are
    /// filler (`Attention is all you need` is a title, not a question).
    static final Set<String> OPENING = Set.of(
            "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will", "shall", "may",
            "might", "has", "have");

    /// Words that only relate the subjects of a question: they add little to which notes answer it.
    static final Set<String> RELATIONS = Set.of(
            "联系",
            "区别",
            "关系",
            "差异",
            "差别",
            "异同",
            "不同",
            "相同",
            "相比",
            "比较",
            "之间",
            "两者",
            "二者",
            "difference",
            "differences",
            "differ",
            "differs",
            "different",
            "relation",
            "relations",
            "relationship",
            "relationships",
            "related",
            "relate",
            "connection",
            "connections",
            "connected",
            "between",
            "versus",
            "vs",
            "compare",
            "compared",
            "comparison");

    private final CharFolding folding;
    private final WordSegmenter segmenter;

    Questions(CharFolding folding, WordSegmenter segmenter) {
        this.folding = folding;
        this.segmenter = segmenter;
    }

    /// Whether `typed` asks: it has a question mark, a word that asks, or opens with an English auxiliary.
    boolean asks(String typed) {
        var folded = folding.fold(typed);
        if (folded.indexOf('?') >= 0 || folded.indexOf('？') >= 0) {
            return true;
        }
        var units = Units.split(folded);
        for (int i = 0; i < units.size(); i++) {
            var unit = units.get(i);
            if (unit.han()
                    ? segmented(unit.text()).stream().anyMatch(CHINESE::contains)
                    : ENGLISH.contains(unit.text()) || (i == 0 && OPENING.contains(unit.text()))) {
                return true;
            }
        }
        return false;
    }

    /// The words of a Chinese run that count, in their order (a repeated word as often as it is said: counting it
    /// once measured worse).
    List<String> words(String run, boolean question) {
        return segmented(run).stream().filter(word -> counts(word, question)).toList();
    }

    /// A piece of a query that only asks (`有哪些`, `how`) or, in a question, only relates (`有什么区别`).
    boolean filler(Units.Unit unit, boolean question) {
        return unit.han() ? words(unit.text(), question).isEmpty() : !counts(unit.text(), question);
    }

    /// Whether a folded word counts: not filler, not a word that asks and, in a question, not a relation word.
    static boolean counts(String folded, boolean question) {
        return !Stopwords.isStopword(folded) && !(question && RELATIONS.contains(folded));
    }

    /// Whether a folded word asks a question.
    static boolean asking(String folded) {
        return CHINESE.contains(folded) || ENGLISH.contains(folded);
    }

    private List<String> segmented(String run) {
        return segmenter.segment(run).stream()
                .map(w -> run.substring(w.start(), w.end()))
                .toList();
    }
}
