package papernotes.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/// Typo tolerance for the words of a query ([QueryFactory.Typos]): an English word of four letters or more also
/// matches, at [#FUZZY_WEIGHT], the words one edit away (two from eight letters on) in the fields where names are
/// written. Each word needs an automaton per field, so at most [#MAX_TYPO_WORDS] words of a query are corrected.
final class TypoTolerance {

    static final float FUZZY_WEIGHT = 0.3f;
    /// Longer words are not typo-corrected: no identifier is that long, and the automaton would be costly.
    static final int MAX_FUZZY_LENGTH = 24;
    /// At most this many words of one query are typo-corrected (each needs an automaton per field).
    static final int MAX_TYPO_WORDS = 3;
    /// Typos are corrected in the fields where names are written: titles, aliases, tags and the text.
    static final Set<String> FUZZY_FIELDS = Set.of(Fields.TITLE, Fields.ALIASES, Fields.TAGS, Fields.BODY);

    private final QueryFactory.Typos typos;

    TypoTolerance(QueryFactory.Typos typos) {
        this.typos = typos;
    }

    /// `key` (a word joined as the index keeps it) allowing typos, when typos are tolerated, `key` may be a
    /// mistyped name and `build` may correct one more word.
    Optional<Query> clause(String key, List<Fields.Weighted> fields, QueryBuild build) {
        if (typos != QueryFactory.Typos.TOLERATED || !candidate(key) || !build.takeTypo()) {
            return Optional.empty();
        }
        int edits = key.length() < 8 ? 1 : 2;
        var fuzzy = new ArrayList<Query>();
        for (var field : fields) {
            if (FUZZY_FIELDS.contains(field.name())) {
                fuzzy.add(new BoostQuery(
                        new FuzzyQuery(new Term(field.wordField(), key), edits, 1, 10, true), field.word()));
            }
        }
        if (fuzzy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BoostQuery(new DisjunctionMaxQuery(fuzzy, FieldClauses.TIE_BREAKER), FUZZY_WEIGHT));
    }

    /// A word that may be a mistyped name: four to [#MAX_FUZZY_LENGTH] letters and digits, with a letter.
    private static boolean candidate(String key) {
        return key.length() >= 4
                && key.length() <= MAX_FUZZY_LENGTH
                && key.chars().allMatch(Character::isLetterOrDigit)
                && key.chars().anyMatch(Character::isLetter);
    }
}
