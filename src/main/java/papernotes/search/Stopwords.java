package papernotes.search;

import java.util.Set;

/// Words that carry no meaning for finding a note. They are dropped from a query that has other words, so that
/// natural questions (`怎样提高生成图片的分辨率`, `which papers come from Tencent`) search for what they ask about.
final class Stopwords {

    static final Set<String> CHINESE = Set.of(
            "的", "了", "和", "与", "及", "或", "是", "在", "有", "也", "都", "就", "而", "对", "把", "被", "从", "到",
            "为", "以", "之", "其", "这", "那", "这个", "那个", "这些", "那些", "一个", "哪些", "哪个", "哪篇", "什么",
            "怎样", "怎么", "怎么样", "如何", "为什么", "是否", "能否", "可以", "吗", "呢", "吧", "啊", "请问", "关于",
            "论文", "笔记", "文章", "哪里", "哪儿", "谁", "用", "使用", "时", "时候", "可", "能", "会", "要", "该", "应该",
            "需要", "一下", "有没有", "有哪些", "哪种", "哪一种", "方法", "问题");

    static final Set<String> ENGLISH = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as",
            "is", "are", "was", "were", "be", "been", "do", "does", "did", "which", "what", "who", "whom", "whose",
            "how", "why", "when", "where", "that", "this", "these", "those", "it", "its", "there", "any", "some",
            "paper", "papers", "note", "notes", "come", "comes", "came", "use", "uses", "used", "using", "can", "i",
            "me", "my", "we", "our", "you", "your", "show", "find", "list", "all");

    /// Both lists, for [RelatedNotes].
    static final Set<String> ALL = union();

    private Stopwords() {
    }

    private static Set<String> union() {
        var all = new java.util.HashSet<>(CHINESE);
        all.addAll(ENGLISH);
        return Set.copyOf(all);
    }

    static boolean isStopword(String folded) {
        return CHINESE.contains(folded) || ENGLISH.contains(folded);
    }
}
