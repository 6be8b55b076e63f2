package papernotes.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.IdentifierFilter;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.WordSegmenter;

/// One word of a query as typed, as a clause ([QueryFactory]): split into its Chinese runs and its other pieces; an
/// identifier whole or by its parts, by its pinyin and, when tolerated, with typos ([TypoTolerance]); a Chinese run as
/// a phrase of bigrams plus its dictionary words, a long one also by all (or most) of its words; each piece also by
/// its other terms across the languages ([LanguageBridge]).
final class WordClauses {

    static final float PINYIN_WEIGHT = 1f;
    static final float TITLE_PINYIN_WEIGHT = 4f;
    static final float WHOLE_RUN_BOOST = 3f;
    static final float PIECE_WEIGHT = 0.5f;
    /// In a long Chinese run, a word of the field's vocabulary (in the glossary) says more than an everyday word.
    static final float DOMAIN_TERM_BOOST = 2f;
    /// A Chinese run is searched by at most this many of its words (a pasted paragraph is not a query).
    static final int MAX_RUN_WORDS = 16;

    private final Glossary glossary;
    private final LanguageBridge bridge;
    private final WordSegmenter fineSegmenter;
    private final CharFolding folding;
    private final Questions questions;
    private final FieldClauses clauses;
    private final TypoTolerance typos;

    /// `fineSegmenter` splits without the domain dictionary, into the shortest common words.
    WordClauses(
            Glossary glossary,
            LanguageBridge bridge,
            WordSegmenter fineSegmenter,
            CharFolding folding,
            Questions questions,
            FieldClauses clauses,
            TypoTolerance typos) {
        this.glossary = glossary;
        this.bridge = bridge;
        this.fineSegmenter = fineSegmenter;
        this.folding = folding;
        this.questions = questions;
        this.clauses = clauses;
        this.typos = typos;
    }

    /// A word as typed: split into its Chinese runs and its other pieces (`stylegan2提取` → `stylegan2`, `提取`).
    Query word(String text, boolean prefix, boolean all, List<Fields.Weighted> fields, QueryBuild expanded) {
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
        alternatives.add(new BoostQuery(clauses.phrase(text, fields), 1.5f), Occur.SHOULD);
        return alternatives.build();
    }

    private Query latin(String text, boolean prefix, List<Fields.Weighted> fields, QueryBuild expanded) {
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
            return new DisjunctionMaxQuery(disjuncts, FieldClauses.TIE_BREAKER);
        }
        builder.add(FieldClauses.combined(key, fields, 1f), Occur.SHOULD);
        var pieces = IdentifierFilter.pieces(text);
        if (pieces.size() > 1) {
            builder.add(clauses.phrase(String.join(" ", pieces), fields), Occur.SHOULD);
        }
        typos.clause(key, fields, expanded).ifPresent(fuzzy -> builder.add(fuzzy, Occur.SHOULD));
        if (key.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            builder.add(
                    new DisjunctionMaxQuery(
                            List.of(
                                    new BoostQuery(
                                            new TermQuery(new Term(NoteAnalyzers.TITLE_PINYIN_FIELD, key)),
                                            TITLE_PINYIN_WEIGHT),
                                    new BoostQuery(
                                            new TermQuery(new Term(NoteAnalyzers.PINYIN_FIELD, key)), PINYIN_WEIGHT)),
                            FieldClauses.TIE_BREAKER),
                    Occur.SHOULD);
        }
        return concept(text, builder.build(), fields, expanded);
    }

    /// A run of Chinese: one character as itself; two or more as a phrase of bigrams (a substring match) or, for
    /// a longer run, all (or, relaxed, most) of its dictionary words.
    private Query hanRun(String run, boolean all, List<Fields.Weighted> fields, QueryBuild expanded) {
        if (run.codePointCount(0, run.length()) == 1) {
            var builder = new BooleanQuery.Builder();
            builder.add(new TermQuery(new Term(NoteAnalyzers.UNIGRAM_FIELD, run)), Occur.SHOULD);
            builder.add(clauses.wordTerms(run, fields), Occur.SHOULD);
            return concept(run, builder.build(), fields, expanded);
        }
        var whole = concept(run, clauses.phrase(run, fields), fields, expanded);
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
            parts.add(FieldClauses.coordinated(clause, all), all ? Occur.MUST : Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(whole, WHOLE_RUN_BOOST), Occur.SHOULD)
                .add(parts.build(), Occur.SHOULD)
                .build();
    }

    /// One word of a longer Chinese run. A long word also matches, below the whole word, by its shorter words
    /// (`人脸数据集` by `人脸` and `数据集`: all of them, or, when most words are enough, most of them).
    private Query part(String part, boolean all, List<Fields.Weighted> fields, QueryBuild expanded) {
        var one = new BooleanQuery.Builder();
        if (part.codePointCount(0, part.length()) == 1) {
            one.add(new TermQuery(new Term(NoteAnalyzers.UNIGRAM_FIELD, part)), Occur.SHOULD);
        } else {
            one.add(clauses.phrase(part, fields), Occur.SHOULD);
        }
        one.add(clauses.wordTerms(part, fields), Occur.SHOULD);
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
        pieces.forEach(piece -> smaller.add(
                FieldClauses.coordinated(clauses.phrase(piece, fields), all), all ? Occur.MUST : Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(literal, Occur.SHOULD)
                .add(new BoostQuery(smaller.build(), PIECE_WEIGHT), Occur.SHOULD)
                .build();
    }

    /// `literal`, or the best of it and the word's other terms across the languages ([LanguageBridge]).
    Query concept(String text, Query literal, List<Fields.Weighted> fields, QueryBuild expanded) {
        return expanded.expand()
                ? bridge.concept(text, literal, other -> clauses.phrase(other, fields), expanded.expansions()::add)
                : literal;
    }
}
