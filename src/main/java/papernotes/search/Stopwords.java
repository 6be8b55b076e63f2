package papernotes.search;

import java.util.HashSet;
import java.util.Set;

/// Words that carry no meaning for finding a note, and the words that ask ([Questions]). They are dropped from a
/// query that has other words, so that natural questions (`怎样提高生成图片的分辨率`, `which papers come from
/// Tencent`) search for what they ask about.
final class Stopwords {

    static final Set<String> CHINESE = Set.of(
            "的", "了", "和", "与", "及", "或", "是", "在", "有", "也", "都", "就", "而", "对", "把", "被", "从", "到", "为", "以", "之",
            "其", "这", "那", "这个", "那个", "这些", "那些", "一个", "吧", "啊", "关于", "论文", "笔记", "文章", "可以", "用", "使用", "时", "时候",
            "可", "能", "会", "要", "该", "应该", "需要", "一下", "方法", "问题", "比", "更", "叫做", "才能");

    static final Set<String> ENGLISH = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as",
            "is", "are", "was", "were", "be", "been", "do", "does", "did", "that", "this", "these", "those", "it",
            "its", "there", "any", "some", "paper", "papers", "note", "notes", "come", "comes", "came", "use", "uses",
            "used", "using", "can", "could", "should", "would", "will", "shall", "may", "might", "has", "have", "i",
            "me", "my", "we", "our", "you", "your", "they", "their", "show", "find", "list", "all", "s", "t", "don",
            "doesn", "isn", "aren", "didn");

    /// Both lists and the words that ask ([Questions]), for [RelatedNotes].
    static final Set<String> ALL = union();

    private Stopwords() {}

    private static Set<String> union() {
        var all = new HashSet<>(CHINESE);
        all.addAll(ENGLISH);
        all.addAll(Questions.CHINESE);
        all.addAll(Questions.ENGLISH);
        return Set.copyOf(all);
    }

    static boolean isStopword(String folded) {
        return CHINESE.contains(folded) || ENGLISH.contains(folded) || Questions.asking(folded);
    }
}
