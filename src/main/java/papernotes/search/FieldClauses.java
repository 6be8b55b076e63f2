package papernotes.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import papernotes.search.analysis.NoteAnalyzers;

/// A text as a clause over the weighted fields ([Fields.Weighted]) of a query ([QueryFactory]): as an exact phrase
/// (with Chinese, a phrase of bigrams, so any substring matches, that scores extra where it is made of dictionary
/// words), or as one word scored over all the word fields at once (BM25F); and the bonus a note gains for each word
/// of the query it has ([#coordinated]).
final class FieldClauses {

    static final float WORD_FIELD_WEIGHT = 0.6f;
    static final float TIE_BREAKER = 0.2f;
    static final float COVERAGE_BONUS = 0.3f;
    /// How much a match as a dictionary word adds to the same text matched as a substring.
    static final float WORD_BONUS = 0.5f;

    private final QueryBuilder gram;
    private final QueryBuilder words;

    FieldClauses(NoteAnalyzers analyzers) {
        this.gram = new QueryBuilder(analyzers.gramQuery());
        this.words = new QueryBuilder(analyzers.wordQuery());
    }

    /// When not every word must match, a note gains [#COVERAGE_BONUS] for each word it has, so that notes with more
    /// of the words rank above notes with one frequent word.
    static Query coordinated(Query clause, boolean all) {
        if (all) {
            return clause;
        }
        return new BooleanQuery.Builder()
                .add(clause, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(clause), COVERAGE_BONUS), Occur.SHOULD)
                .build();
    }

    /// `text` as an exact phrase: in the bigram fields when it has Chinese (a substring match, at the `part`
    /// weight, plus the word fields at the `word` weight where it is made of whole words); otherwise in the word
    /// fields.
    Query phrase(String text, List<Fields.Weighted> fields) {
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

    /// `word` as a dictionary word of the word fields, at [#WORD_FIELD_WEIGHT].
    Query wordTerms(String word, List<Fields.Weighted> fields) {
        return combined(word, fields, WORD_FIELD_WEIGHT);
    }

    /// One word scored over all the word fields as if they were one field whose parts count by their weight
    /// (BM25F): a word that is rare in titles but common in the notes is not mistaken for a rare word.
    static Query combined(String term, List<Fields.Weighted> fields, float boost) {
        var builder = new CombinedFieldQuery.Builder(term);
        for (var field : fields) {
            builder.addField(field.wordField(), Math.max(1f, field.word()));
        }
        return new BoostQuery(builder.build(), boost);
    }

    /// `text`'s bigrams within a few positions of each other in the text.
    Query proximity(String text) {
        var q = gram.createPhraseQuery(Fields.BODY, text, 8);
        return q == null ? new MatchNoDocsQuery("no terms") : q;
    }
}
