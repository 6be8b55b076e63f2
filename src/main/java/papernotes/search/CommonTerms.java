package papernotes.search;

import java.io.IOException;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import papernotes.search.analysis.NoteAnalyzers;

/// Words so common in a large library that their translations could not change the first page of a search, only
/// make it slower. When even the rarest piece of a word is in [#SHARE] of the notes or more, and in at least
/// [#MINIMUM], the notes with the word as typed fill the page and score above any translation, while every
/// translation would be matched and counted in nearly every note: the slowest searches at 100,000 notes were such
/// words (docs/benchmarks.md). They are searched as typed.
final class CommonTerms {

    static final int MINIMUM = 1_000;
    static final double SHARE = 0.5;

    private final NoteIndex index;
    private final NoteAnalyzers analyzers;

    CommonTerms(NoteIndex index, NoteAnalyzers analyzers) {
        this.index = index;
        this.analyzers = analyzers;
    }

    /// Whether `text`, a word or term of a query, is that common in the notes' text.
    boolean common(String text) {
        return index.withSearcher(searcher -> {
            var reader = searcher.getIndexReader();
            int notes = reader.numDocs();
            if (notes < MINIMUM) {
                return false;
            }
            long rarest = rarestPiece(reader, text);
            return rarest >= Math.max(MINIMUM, notes * SHARE);
        });
    }

    /// In how many notes the rarest of `text`'s indexed pieces is (its grams in the body); 0 when it has none.
    private long rarestPiece(IndexReader reader, String text) throws IOException {
        long rarest = Long.MAX_VALUE;
        try (var stream = analyzers.gramQuery().tokenStream(Fields.BODY, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                rarest = Math.min(rarest, reader.docFreq(new Term(Fields.BODY, term.toString())));
            }
            stream.end();
        }
        return rarest == Long.MAX_VALUE ? 0 : rarest;
    }
}
