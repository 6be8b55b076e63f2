package papernotes.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.IdentifierFilter;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.WordSegmenter;

/// Turns a parsed query into a Lucene query (docs/decisions/0004-bilingual-analysis-and-ranking.md):
/// - each word matches in any field, weighted by field ([Fields#TEXT]); a Chinese run as a phrase of bigrams
///   (any substring matches) plus its dictionary words, which score extra; an identifier whole or by its parts;
/// - a glossary term also matches its translations and synonyms, and a Chinese word the glossary does not know its
///   dictionary glosses, each below the word as typed ([LanguageBridge]);
/// - an English word of four letters or more also matches with typos, at [#FUZZY_WEIGHT], and pinyin labels;
/// - a question's filler words are dropped, and a long Chinese run matches as a phrase or as all its words.
/// With `requireAll` every word must match; without, the more words a note has, the higher it ranks. Typo
/// tolerance is a separate, costlier factory ([Typos]).
final class QueryFactory {

    static final float FUZZY_WEIGHT = 0.3f;
    /// Longer words are not typo-corrected: no identifier is that long, and the automaton would be costly.
    static final int MAX_FUZZY_LENGTH = 24;
    static final float PINYIN_WEIGHT = 1f;
    static final float TITLE_PINYIN_WEIGHT = 4f;
    static final float WORD_FIELD_WEIGHT = 0.6f;
    static final float TIE_BREAKER = 0.2f;
    static final float WHOLE_RUN_BOOST = 3f;
    static final float COVERAGE_BONUS = 0.3f;
    static final float PIECE_WEIGHT = 0.5f;
    /// In a long Chinese run, a word of the field's vocabulary (in the glossary) says more than an everyday word.
    static final float DOMAIN_TERM_BOOST = 2f;
    /// A Chinese run is searched by at most this many of its words (a pasted paragraph is not a query).
    static final int MAX_RUN_WORDS = 16;
    /// How much a match as a dictionary word adds to the same text matched as a substring.
    static final float WORD_BONUS = 0.5f;

    /// At most this many words of one query are typo-corrected (each needs an automaton per field).
    static final int MAX_TYPO_WORDS = 3;
    /// Typos are corrected in the fields where names are written: titles, aliases, tags and the text.
    static final Set<String> FUZZY_FIELDS = Set.of(Fields.TITLE, Fields.ALIASES, Fields.TAGS, Fields.BODY);

    /// What one build collects and allows: the glossary expansions used, whether terms may be expanded (the words
    /// of a glossary term expanded as a whole, `face swap`, are not expanded one by one, `face` → 人脸), and how
    /// many more words may be typo-corrected.
    // The budget is the factory's own table; builds are never compared.
    @SuppressWarnings("ArrayRecordComponent")
    private record Build(Set<String> expansions, boolean expand, int[] typoBudget, boolean question) {

        Build withoutExpansion() {
            return new Build(expansions, false, typoBudget, question);
        }

        boolean takeTypo() {
            return typoBudget[0]-- > 0;
        }
    }

    /// The query and the glossary expansions it used, as `term → other, other`.
    record Built(Query query, List<String> expanded) {}

    private final Glossary glossary;
    private final LanguageBridge bridge;
    private final WordSegmenter fineSegmenter;
    private final CharFolding folding;
    private final QueryBuilder gram;
    private final QueryBuilder words;

    /// Whether English words also match with typos (more costly, so tried only when exact words find nothing).
    enum Typos {
        EXACT,
        TOLERATED
    }

    private final Typos typos;
    private final Questions questions;

    /// `fineSegmenter` splits without the domain dictionary, into the shortest common words.
    QueryFactory(
            NoteAnalyzers analyzers,
            Glossary glossary,
            LanguageBridge bridge,
            WordSegmenter segmenter,
            WordSegmenter fineSegmenter,
            Typos typos) {
        this.bridge = bridge;
        this.typos = typos;
        this.glossary = glossary;
        this.fineSegmenter = fineSegmenter;
        this.folding = analyzers.folding();
        this.gram = new QueryBuilder(analyzers.gramQuery());
        this.words = new QueryBuilder(analyzers.wordQuery());
        this.questions = new Questions(folding, segmenter);
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
        var query =
                clause(root, requireAll, Fields.TEXT, new Build(expanded, true, new int[] {MAX_TYPO_WORDS}, question));
        return new Built(query, List.copyOf(expanded));
    }

    private Query clause(QueryNode node, boolean all, List<Fields.Weighted> fields, Build expanded) {
        return switch (node) {
            case QueryNode.Word word -> word(word.text(), word.prefix(), all, fields, expanded);
            case QueryNode.Phrase phrase -> phrase(phrase.text(), fields);
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

    private Query all(List<QueryNode> nodes, boolean all, List<Fields.Weighted> fields, Build expanded) {
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
                builder.add(coordinated(concept(text, original.build(), fields, expanded), all), occur);
                i += span;
            } else {
                builder.add(coordinated(clause(kept.get(i), all, fields, expanded), all), occur);
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

    private Query scoped(QueryNode.Scoped scoped, boolean all, Build expanded) {
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
                        .add(phrase(text, List.of(new Fields.Weighted(Fields.TAGS, 1f, 1f))), Occur.SHOULD)
                        .build();
            case TOPIC ->
                new BooleanQuery.Builder()
                        .add(
                                new BoostQuery(new TermQuery(new Term(Fields.TOPIC_KEY, folding.fold(text))), 4f),
                                Occur.SHOULD)
                        .add(phrase(text, List.of(new Fields.Weighted(Fields.TOPIC, 1f, 1f))), Occur.SHOULD)
                        .build();
        };
    }

    /// A word as typed: split into its Chinese runs and its other pieces (`stylegan2提取` → `stylegan2`, `提取`).
    private Query word(String text, boolean prefix, boolean all, List<Fields.Weighted> fields, Build expanded) {
        var split = Units.split(folding.fold(text));
        var meaningful = split.stream()
                .filter(u -> !questions.filler(u, expanded.question()))
                .toList();
        var units = meaningful.isEmpty() ? split : meaningful;
        if (units.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable");
        }
        if (units.size() == 1) {
            var unit = units.getFirst();
            return unit.han()
                    ? hanRun(unit.text(), all, fields, expanded)
                    : latin(unit.text(), prefix, fields, expanded);
        }
        var builder = new BooleanQuery.Builder();
        for (int i = 0; i < units.size(); i++) {
            var unit = units.get(i);
            var q = unit.han()
                    ? hanRun(unit.text(), all, fields, expanded)
                    : latin(unit.text(), prefix && i == units.size() - 1, fields, expanded);
            builder.add(q, all ? Occur.MUST : Occur.SHOULD);
        }
        var alternatives = new BooleanQuery.Builder().add(builder.build(), Occur.SHOULD);
        alternatives.add(new BoostQuery(phrase(text, fields), 1.5f), Occur.SHOULD);
        return alternatives.build();
    }

    /// When not every word must match, a note gains [#COVERAGE_BONUS] for each word it has, so that notes with more
    /// of the words rank above notes with one frequent word.
    private static Query coordinated(Query clause, boolean all) {
        if (all) {
            return clause;
        }
        return new BooleanQuery.Builder()
                .add(clause, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(clause), COVERAGE_BONUS), Occur.SHOULD)
                .build();
    }

    /// A word that may be a mistyped name: four to [#MAX_FUZZY_LENGTH] letters and digits, with a letter.
    private static boolean typoCandidate(String key) {
        return key.length() >= 4
                && key.length() <= MAX_FUZZY_LENGTH
                && key.chars().allMatch(Character::isLetterOrDigit)
                && key.chars().anyMatch(Character::isLetter);
    }

    private Query latin(String text, boolean prefix, List<Fields.Weighted> fields, Build expanded) {
        var key = IdentifierFilter.joined(text);
        var builder = new BooleanQuery.Builder();
        if (prefix && key.length() >= 2) {
            var disjuncts = new ArrayList<Query>();
            for (var field : fields) {
                disjuncts.add(new BoostQuery(new PrefixQuery(new Term(field.wordField(), key)), field.word()));
            }
            disjuncts.add(new BoostQuery(
                    new PrefixQuery(new Term(NoteAnalyzers.TITLE_PINYIN_FIELD, key)), TITLE_PINYIN_WEIGHT));
            disjuncts.add(new BoostQuery(new PrefixQuery(new Term(NoteAnalyzers.PINYIN_FIELD, key)), PINYIN_WEIGHT));
            return new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        }
        builder.add(combined(key, fields, 1f), Occur.SHOULD);
        var pieces = IdentifierFilter.pieces(text);
        if (pieces.size() > 1) {
            builder.add(phrase(String.join(" ", pieces), fields), Occur.SHOULD);
        }
        if (typos == Typos.TOLERATED && typoCandidate(key) && expanded.takeTypo()) {
            int edits = key.length() < 8 ? 1 : 2;
            var fuzzy = new ArrayList<Query>();
            for (var field : fields) {
                if (FUZZY_FIELDS.contains(field.name())) {
                    fuzzy.add(new BoostQuery(
                            new FuzzyQuery(new Term(field.wordField(), key), edits, 1, 10, true), field.word()));
                }
            }
            if (!fuzzy.isEmpty()) {
                builder.add(new BoostQuery(new DisjunctionMaxQuery(fuzzy, TIE_BREAKER), FUZZY_WEIGHT), Occur.SHOULD);
            }
        }
        if (key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            builder.add(
                    new DisjunctionMaxQuery(
                            List.of(
                                    new BoostQuery(
                                            new TermQuery(new Term(NoteAnalyzers.TITLE_PINYIN_FIELD, key)),
                                            TITLE_PINYIN_WEIGHT),
                                    new BoostQuery(
                                            new TermQuery(new Term(NoteAnalyzers.PINYIN_FIELD, key)), PINYIN_WEIGHT)),
                            TIE_BREAKER),
                    Occur.SHOULD);
        }
        return concept(text, builder.build(), fields, expanded);
    }

    /// A run of Chinese: one character as itself; two or more as a phrase of bigrams (a substring match) or, for
    /// a longer run, all (or, relaxed, most) of its dictionary words.
    private Query hanRun(String run, boolean all, List<Fields.Weighted> fields, Build expanded) {
        if (run.codePointCount(0, run.length()) == 1) {
            var builder = new BooleanQuery.Builder();
            builder.add(new TermQuery(new Term(NoteAnalyzers.UNIGRAM_FIELD, run)), Occur.SHOULD);
            builder.add(wordTerms(run, fields), Occur.SHOULD);
            return concept(run, builder.build(), fields, expanded);
        }
        var whole = concept(run, phrase(run, fields), fields, expanded);
        var meaningful = questions.words(run, expanded.question()).stream()
                .limit(MAX_RUN_WORDS)
                .toList();
        if (meaningful.isEmpty() || glossary.expansions(run).isPresent() || meaningful.equals(List.of(run))) {
            return whole;
        }
        var parts = new BooleanQuery.Builder();
        for (String part : meaningful) {
            var clause = part(part, all, fields, expanded);
            if (glossary.expansions(part).isPresent()) {
                clause = new BoostQuery(clause, DOMAIN_TERM_BOOST);
            }
            parts.add(coordinated(clause, all), all ? Occur.MUST : Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(whole, WHOLE_RUN_BOOST), Occur.SHOULD)
                .add(parts.build(), Occur.SHOULD)
                .build();
    }

    /// One word of a longer Chinese run. A long word also matches, below the whole word, by its shorter words
    /// (`人脸数据集` by `人脸` and `数据集`: all of them, or, when most words are enough, most of them).
    private Query part(String part, boolean all, List<Fields.Weighted> fields, Build expanded) {
        var one = new BooleanQuery.Builder();
        if (part.codePointCount(0, part.length()) == 1) {
            one.add(new TermQuery(new Term(NoteAnalyzers.UNIGRAM_FIELD, part)), Occur.SHOULD);
        } else {
            one.add(phrase(part, fields), Occur.SHOULD);
        }
        one.add(wordTerms(part, fields), Occur.SHOULD);
        var literal = concept(part, one.build(), fields, expanded);
        if (part.length() < 4) {
            return literal;
        }
        var pieces = fineSegmenter.segment(part).stream()
                .map(w -> part.substring(w.start(), w.end()))
                .filter(w -> w.length() >= 2 && !Stopwords.isStopword(w))
                .toList();
        if (pieces.size() < 2) {
            return literal;
        }
        var smaller = new BooleanQuery.Builder();
        pieces.forEach(piece -> smaller.add(coordinated(phrase(piece, fields), all), all ? Occur.MUST : Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(literal, Occur.SHOULD)
                .add(new BoostQuery(smaller.build(), PIECE_WEIGHT), Occur.SHOULD)
                .build();
    }

    /// `text` as an exact phrase: in the bigram fields when it has Chinese (a substring match, at the `part`
    /// weight, plus the word fields at the `word` weight where it is made of whole words); otherwise in the word
    /// fields.
    private Query phrase(String text, List<Fields.Weighted> fields) {
        boolean han = text.codePoints().anyMatch(Units::isHan);
        var disjuncts = new ArrayList<Query>();
        var analyzed = han ? gram.createPhraseQuery(Fields.BODY, text) : words.createPhraseQuery(Fields.BODY, text);
        for (var field : fields) {
            var q = analyzed == null ? null : FieldSwap.to(analyzed, han ? field.name() : field.wordField());
            if (q != null) {
                disjuncts.add(new BoostQuery(q, (han ? field.part() : field.word()) / termCount(q)));
            }
        }
        var substring = disjuncts.isEmpty()
                ? new MatchNoDocsQuery("no terms")
                : new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
        if (!han) {
            return substring;
        }
        return new DisjunctionMaxQuery(List.of(substring, wordPhrase(text, fields)), WORD_BONUS);
    }

    /// `text` as a phrase of dictionary words in the word fields: scores extra where it is a word, not a chance
    /// pair of characters.
    private Query wordPhrase(String text, List<Fields.Weighted> fields) {
        var disjuncts = new ArrayList<Query>();
        var analyzed = words.createPhraseQuery(Fields.BODY, text);
        for (var field : fields) {
            var q = analyzed == null || !field.words() ? null : FieldSwap.to(analyzed, field.wordField());
            if (q != null) {
                disjuncts.add(new BoostQuery(q, field.word() * WORD_FIELD_WEIGHT / termCount(q)));
            }
        }
        return disjuncts.isEmpty() ? new MatchNoDocsQuery("no terms") : new DisjunctionMaxQuery(disjuncts, TIE_BREAKER);
    }

    /// How many terms a phrase scores: a phrase's BM25 score is the sum over its terms, so a long Chinese term
    /// (many bigrams) would outweigh a short one; weights are divided by this to compare like with like.
    private static int termCount(Query query) {
        return switch (query) {
            case PhraseQuery phrase -> Math.max(1, phrase.getTerms().length);
            case MultiPhraseQuery phrase -> Math.max(1, phrase.getTermArrays().length);
            default -> 1;
        };
    }

    private Query wordTerms(String word, List<Fields.Weighted> fields) {
        return combined(word, fields, WORD_FIELD_WEIGHT);
    }

    /// One word scored over all the word fields as if they were one field whose parts count by their weight
    /// (BM25F): a word that is rare in titles but common in the notes is not mistaken for a rare word.
    private static Query combined(String term, List<Fields.Weighted> fields, float boost) {
        var builder = new CombinedFieldQuery.Builder(term);
        for (var field : fields) {
            builder.addField(field.wordField(), Math.max(1f, field.word()));
        }
        return new BoostQuery(builder.build(), boost);
    }

    /// `literal`, or the best of it and the word's other terms across the languages ([LanguageBridge]).
    private Query concept(String text, Query literal, List<Fields.Weighted> fields, Build expanded) {
        return expanded.expand()
                ? bridge.concept(text, literal, other -> phrase(other, fields), expanded.expansions()::add)
                : literal;
    }

    Query titleExact(String exactKey) {
        return new TermQuery(new Term(Fields.EXACT, exactKey));
    }

    Query proximity(String text) {
        var q = gram.createPhraseQuery(Fields.BODY, text, 8);
        return q == null ? new MatchNoDocsQuery("no terms") : q;
    }
}
