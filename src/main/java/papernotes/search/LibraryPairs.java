package papernotes.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import papernotes.search.analysis.CharFolding;

/// The term pairs the library teaches ([TermPairMiner]), looked up in the index where each note keeps its own
/// ([Fields#PAIRS]): they follow every change to a note without any other bookkeeping. A term's translations come
/// best supported first (the number of notes that teach them); a one-word English translation counts only when
/// [#WEAK_SUPPORT] notes teach it.
final class LibraryPairs {

    /// Between the two terms of a pair in the index (a character no note text has).
    static final char SEPARATOR = '\u001f';
    static final int WEAK_SUPPORT = 2;
    /// At most this many translations of one term are used.
    static final int MAX_PARTNERS = 3;
    /// A term taught by more notes than this is looked at no further (a few hundred terms at most).
    static final int MAX_SCANNED = 256;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_/·]+");

    private final NoteIndex index;
    private final CharFolding folding;

    LibraryPairs(NoteIndex index, CharFolding folding) {
        this.index = index;
        this.folding = folding;
    }

    /// A term as the index keeps it: folded, words split at `-`, `_`, `/` and spaces, joined by one space.
    static String key(CharFolding folding, String term) {
        return SEPARATORS.matcher(folding.fold(term).strip()).replaceAll(" ");
    }

    static String term(String from, String to) {
        return from + SEPARATOR + to;
    }

    /// The translations the library teaches for `term`, best supported first.
    List<String> translations(String term) {
        var key = key(folding, term);
        if (key.length() < 2) {
            return List.of();
        }
        var support = index.withSearcher(searcher -> {
            var found = new HashMap<String, Integer>();
            collect(searcher, Fields.PAIRS, key, 1, found);
            collect(searcher, Fields.WEAK_PAIRS, key, WEAK_SUPPORT, found);
            return found;
        });
        return support.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_PARTNERS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void collect(
            IndexSearcher searcher, String field, String key, int minimum, Map<String, Integer> support)
            throws IOException {
        var prefix = new BytesRef(key + SEPARATOR);
        var counts = new HashMap<String, Integer>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (iterator.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            int scanned = 0;
            for (BytesRef term = iterator.term();
                    term != null && scanned < MAX_SCANNED && startsWith(term, prefix);
                    term = iterator.next(), scanned++) {
                int live = liveDocs(leaf, iterator);
                if (live > 0) {
                    counts.merge(term.utf8ToString().substring(key.length() + 1), live, Integer::sum);
                }
            }
        }
        counts.forEach((partner, n) -> {
            if (n >= minimum) {
                support.merge(partner, n, Integer::sum);
            }
        });
    }

    /// How many notes not since changed or deleted have the current term (a changed note's old version keeps its
    /// terms until segments merge); counting stops at [#MAX_SCANNED].
    private static int liveDocs(LeafReaderContext leaf, TermsEnum iterator) throws IOException {
        var live = leaf.reader().getLiveDocs();
        var postings = iterator.postings(null, PostingsEnum.NONE);
        int count = 0;
        for (int doc = postings.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS && count < MAX_SCANNED;
                doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        return term.length >= prefix.length
                && Arrays.equals(
                        term.bytes,
                        term.offset,
                        term.offset + prefix.length,
                        prefix.bytes,
                        prefix.offset,
                        prefix.offset + prefix.length);
    }

    /// Whether the library teaches a translation of `term` (for multi-word terms in a query, `receptive field`).
    boolean knows(String term) {
        return !translations(term).isEmpty();
    }
}
