package papernotes.search;

import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Query;

/// How much a note is about what it mentions. A digest — a week's reading summary, a list of a conference's papers,
/// a README of links — names dozens of papers in a line each, so it contains the words of every search while being
/// about none of them; the note on the paper itself should rank above it. What sets a digest apart is a link every
/// few hundred characters (a note on one paper with a list of references has a few per thousand at most). A note's
/// score is multiplied by its focus: 1 below [#FREE_LINKS] links or [#FREE_DENSITY] links per 1,000 characters,
/// then falling as the density grows ([#HALVING_DENSITY] more: ½), never below [#FLOOR]. Chosen on the development
/// collections (docs/decisions/0015).
final class Focus {

    static final int FREE_LINKS = 8;
    static final float FREE_DENSITY = 1.5f;
    static final float HALVING_DENSITY = 2f;
    static final float FLOOR = 0.3f;

    private Focus() {}

    /// The factor for a note with `links` links in `characters` characters of text.
    static float of(int links, int characters) {
        if (links < FREE_LINKS) {
            return 1f;
        }
        float density = links * 1000f / Math.max(1, characters);
        float extra = Math.max(0f, density - FREE_DENSITY);
        return Math.max(FLOOR, 1f / (1f + extra / HALVING_DENSITY));
    }

    static FloatDocValuesField field(int links, int characters) {
        return new FloatDocValuesField(Fields.FOCUS, of(links, characters));
    }

    /// `query`'s scores multiplied by each note's focus.
    static Query applied(Query query) {
        return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(Fields.FOCUS));
    }
}
