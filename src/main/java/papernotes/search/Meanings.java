package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/// Notes of similar meaning (docs/decisions/0015): each note's meaning vector ([MeaningModel]) is kept in the index
/// as bytes (a quarter of the floats' size, the same order of neighbours), and a search's words are followed by the
/// notes nearest to the query's vector. They come after every note that matches the words, never among them:
/// measured, fusing the two rankings moved the word matches down and lost more than it found.
public final class Meanings {

    /// Cosine, which Lucene scores (1 + cos) / 2 for byte vectors as for floats (its byte dot product is scaled
    /// for unscaled bytes: every score would fall within a thousandth of 0.5).
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.COSINE;
    /// At most this many notes of similar meaning follow the word matches: they say what else may be worth reading,
    /// not that the whole library is. There is no floor of similarity: the model's cosines do not separate related
    /// from unrelated notes (知识蒸馏 is 0.35 from a note on distillation in Chinese, 0.32 from one on Kalman
    /// filters), and floors from 0.4 to 0.6 kept or lost the gains on the development collections.
    static final int MAX_SIMILAR = 10;

    private Meanings() {}

    /// A unit vector as bytes: each component times 127, rounded.
    public static byte[] quantized(float[] vector) {
        var bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * 127f)));
        }
        return bytes;
    }

    /// Up to `wanted` notes nearest to `vector` among those `filter` allows, without the notes `found` already.
    static List<SearchHit> similar(
            IndexSearcher searcher, byte[] vector, int wanted, Optional<Query> filter, Set<String> found)
            throws IOException {
        if (wanted <= 0) {
            return List.of();
        }
        int k = Math.min(MAX_SIMILAR, wanted) + found.size();
        var query = new KnnByteVectorQuery(Fields.MEANING, vector, k, filter.orElse(null));
        var hits = new ArrayList<SearchHit>();
        for (ScoreDoc doc : searcher.search(query, k).scoreDocs) {
            var id = NoteSearcher.id(searcher, doc.doc);
            if (!found.contains(id) && hits.size() < Math.min(MAX_SIMILAR, wanted)) {
                hits.add(new SearchHit(id, doc.score, List.of(), List.of(), true));
            }
        }
        return hits;
    }
}
