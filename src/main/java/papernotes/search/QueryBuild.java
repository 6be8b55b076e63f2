package papernotes.search;

import java.util.Set;

/// What one build of a query ([QueryFactory]) collects and allows: the glossary expansions used, whether terms may
/// be expanded (the words of a glossary term expanded as a whole, `face swap`, are not expanded one by one, `face` →
/// 人脸), how many more words may be typo-corrected ([TypoTolerance]), and whether the query is a question
/// ([Questions]).
// The budget is the factory's own table; builds are never compared.
@SuppressWarnings("ArrayRecordComponent")
record QueryBuild(Set<String> expansions, boolean expand, int[] typoBudget, boolean question) {

    QueryBuild withoutExpansion() {
        return new QueryBuild(expansions, false, typoBudget, question);
    }

    boolean takeTypo() {
        return typoBudget[0]-- > 0;
    }
}
