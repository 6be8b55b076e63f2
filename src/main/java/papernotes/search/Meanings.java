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

    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;
    /// At most this many notes of similar meaning follow the word matches.
    static final int MAX_SIMILAR = 50;

    private Meanings() {
    }

    /// A unit vector as bytes: each component times 127, rounded.
    public static byte[] quantized(float[] vector) {
        var bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] * 127f)));
        }
        return bytes;
    }

    /// Up to `wanted` notes nearest to `vector` among those `filter` allows, without the notes `found` already.
    static List<SearchHit> similar(IndexSearcher searcher, byte[] vector, int wanted, Optional<Query> filter,
                                   Set<String> found) throws IOException {
        int k = Math.min(MAX_SIMILAR, wanted) + found.size();
        if (wanted <= 0) {
            return List.of();
        }
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
