package papernotes.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/// The same analyzed query on another field: text is analyzed once and the resulting query is copied to each
/// field that shares the analysis (every field of one analyzer gives the same terms).
final class FieldSwap {

    private FieldSwap() {}

    static Query to(Query query, String field) {
        return switch (query) {
            case TermQuery term -> new TermQuery(new Term(field, term.getTerm().bytes()));
            case PhraseQuery phrase -> {
                var builder = new PhraseQuery.Builder().setSlop(phrase.getSlop());
                var terms = phrase.getTerms();
                var positions = phrase.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    builder.add(new Term(field, terms[i].bytes()), positions[i]);
                }
                yield builder.build();
            }
            case MultiPhraseQuery phrase -> {
                var builder = new MultiPhraseQuery.Builder().setSlop(phrase.getSlop());
                var arrays = phrase.getTermArrays();
                var positions = phrase.getPositions();
                for (int i = 0; i < arrays.length; i++) {
                    var swapped = new Term[arrays[i].length];
                    for (int j = 0; j < swapped.length; j++) {
                        swapped[j] = new Term(field, arrays[i][j].bytes());
                    }
                    builder.add(swapped, positions[i]);
                }
                yield builder.build();
            }
            case SynonymQuery synonyms -> {
                var builder = new SynonymQuery.Builder(field);
                synonyms.getTerms().forEach(t -> builder.addTerm(new Term(field, t.bytes())));
                yield builder.build();
            }
            case BoostQuery boost -> new BoostQuery(to(boost.getQuery(), field), boost.getBoost());
            case BooleanQuery bool -> {
                var builder =
                        new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(to(clause.query(), field), clause.occur());
                }
                yield builder.build();
            }
            default -> query;
        };
    }
}
