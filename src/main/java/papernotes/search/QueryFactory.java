package papernotes.search;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.WordSegmenter;

/// Turns a parsed query into a Lucene query (docs/decisions/0004-bilingual-analysis-and-ranking.md):
/// - each word matches in any field, weighted by field ([Fields#TEXT]); a Chinese run as a phrase of bigrams
///   (any substring matches) plus its dictionary words, which score extra; an identifier whole or by its parts
///   ([WordClauses], over [FieldClauses]);
/// - a glossary term also matches its translations and synonyms, and a Chinese word the glossary does not know its
///   dictionary glosses, each below the word as typed ([LanguageBridge]);
/// - an English word of four letters or more also matches with typos, at [TypoTolerance#FUZZY_WEIGHT], and pinyin
///   labels;
/// - a question's filler words are dropped, and a long Chinese run matches as a phrase or as all its words.
/// With `requireAll` every word must match; without, the more words a note has, the higher it ranks. Typo
/// tolerance is a separate, costlier factory ([Typos]).
final class QueryFactory {

    /// The query and the glossary expansions it used, as `term → other, other`.
    record Built(Query query, List<String> expanded) {}

    /// Whether English words also match with typos (more costly, so tried only when exact words find nothing).
    enum Typos {
        EXACT,
        TOLERATED
    }

    private final LanguageBridge bridge;
    private final CharFolding folding;
    private final Questions questions;
    private final FieldClauses clauses;
    private final WordClauses words;

    /// `fineSegmenter` splits without the domain dictionary, into the shortest common words.
    QueryFactory(
            NoteAnalyzers analyzers,
            Glossary glossary,
            LanguageBridge bridge,
            WordSegmenter segmenter,
            WordSegmenter fineSegmenter,
            Typos typos) {
        this.bridge = bridge;
        this.folding = analyzers.folding();
        this.questions = new Questions(folding, segmenter);
        this.clauses = new FieldClauses(analyzers);
        this.words =
                new WordClauses(glossary, bridge, fineSegmenter, folding, questions, clauses, new TypoTolerance(typos));
    }

    /// Whether `typed` is a question ([Questions]).
    boolean asks(String typed) {
        return questions.asks(typed);
    }

    Built build(QueryNode root, boolean requireAll) {
        return build(root, requireAll, false);
    }

    /// In a `question`, the words that relate its subjects do not count either ([Questions]).
    Built build(QueryNode root, boolean requireAll, boolean question) {
        var expanded = new LinkedHashSet<String>();
        var query = clause(
                root,
                requireAll,
                Fields.TEXT,
                new QueryBuild(expanded, true, new int[] {TypoTolerance.MAX_TYPO_WORDS}, question));
        return new Built(query, List.copyOf(expanded));
    }

    /// The query for the pages of attached files, which have a body only: every word must match in it.
    Built buildPages(QueryNode root) {
        var expanded = new LinkedHashSet<String>();
        var query = clause(
                root,
                true,
                PAGE_FIELDS,
                new QueryBuild(expanded, true, new int[] {TypoTolerance.MAX_TYPO_WORDS}, false));
        return new Built(query, List.copyOf(expanded));
    }

    private static final List<Fields.Weighted> PAGE_FIELDS = List.of(new Fields.Weighted(Fields.BODY, 1f, 1f, false));

    private Query clause(QueryNode node, boolean all, List<Fields.Weighted> fields, QueryBuild expanded) {
        return switch (node) {
            case QueryNode.Word word -> words.word(word.text(), word.prefix(), all, fields, expanded);
            case QueryNode.Phrase phrase -> clauses.phrase(phrase.text(), fields);
            case QueryNode.Scoped scoped -> scoped(scoped, all, expanded);
            case QueryNode.Not not ->
                new BooleanQuery.Builder()
                        .add(MatchAllDocsQuery.INSTANCE, Occur.MUST)
                        .add(clause(not.node(), true, fields, expanded), Occur.MUST_NOT)
                        .build();
            case QueryNode.All group -> all(group.nodes(), all, fields, expanded);
            case QueryNode.Any any -> {
                var builder = new BooleanQuery.Builder();
                any.nodes().forEach(n -> builder.add(clause(n, all, fields, expanded), Occur.SHOULD));
                yield builder.build();
            }
        };
    }

    private Query all(List<QueryNode> nodes, boolean all, List<Fields.Weighted> fields, QueryBuild expanded) {
        var positive = nodes.stream().filter(n -> !(n instanceof QueryNode.Not)).toList();
        var kept = positive.stream()
                .filter(n -> !isStopword(n, expanded.question()))
                .toList();
        if (kept.isEmpty()) {
            kept = positive;
        }
        var builder = new BooleanQuery.Builder();
        var occur = all ? Occur.MUST : Occur.SHOULD;
        int i = 0;
        while (i < kept.size()) {
            var span = bridge.termSpan(kept, i);
            if (span > 1) {
                var text = LanguageBridge.joinedWords(kept.subList(i, i + span));
                var original = new BooleanQuery.Builder();
                for (QueryNode n : kept.subList(i, i + span)) {
                    original.add(clause(n, true, fields, expanded.withoutExpansion()), Occur.MUST);
                }
                builder.add(
                        FieldClauses.coordinated(words.concept(text, original.build(), fields, expanded), all), occur);
                i += span;
            } else {
                builder.add(FieldClauses.coordinated(clause(kept.get(i), all, fields, expanded), all), occur);
                i++;
            }
        }
        nodes.stream()
                .filter(n -> n instanceof QueryNode.Not)
                .forEach(n -> builder.add(clause(((QueryNode.Not) n).node(), true, fields, expanded), Occur.MUST_NOT));
        if (kept.isEmpty()) {
            builder.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        return builder.build();
    }

    private boolean isStopword(QueryNode node, boolean question) {
        return node instanceof QueryNode.Word word
                && !word.prefix()
                && !Questions.counts(folding.fold(word.text()), question);
    }

    private Query scoped(QueryNode.Scoped scoped, boolean all, QueryBuild expanded) {
        var text = switch (scoped.value()) {
            case QueryNode.Word word -> word.text();
            case QueryNode.Phrase phrase -> phrase.text();
            default -> "";
        };
        return switch (scoped.scope()) {
            case TITLE -> clause(scoped.value(), all, Fields.TITLES, expanded);
            case TAG ->
                new BooleanQuery.Builder()
                        .add(
                                new BoostQuery(new TermQuery(new Term(Fields.TAG_KEY, folding.fold(text))), 4f),
                                Occur.SHOULD)
                        .add(clauses.phrase(text, List.of(new Fields.Weighted(Fields.TAGS, 1f, 1f))), Occur.SHOULD)
                        .build();
            case TOPIC ->
                new BooleanQuery.Builder()
                        .add(
                                new BoostQuery(new TermQuery(new Term(Fields.TOPIC_KEY, folding.fold(text))), 4f),
                                Occur.SHOULD)
                        .add(clauses.phrase(text, List.of(new Fields.Weighted(Fields.TOPIC, 1f, 1f))), Occur.SHOULD)
                        .build();
        };
    }

    Query titleExact(String exactKey) {
        return new TermQuery(new Term(Fields.EXACT, exactKey));
    }

    Query proximity(String text) {
        return clauses.proximity(text);
    }
}
