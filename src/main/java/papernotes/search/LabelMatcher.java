package papernotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import papernotes.search.analysis.NoteAnalyzers;

/// Which labels of a hit (title, aliases, tags, topic names) a query matched, and where: each label is analysed as
/// the index analysed it, and a token the query looks for in that label's field is marked. A label the query
/// matched through its pinyin marks the Chinese it spells, and says how it was spelled. Excluded words mark nothing.
final class LabelMatcher {

    private final Map<String, Set<BytesRef>> terms = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();
    private final NoteAnalyzers analyzers;
    private final NoteDocuments documents;

    LabelMatcher(Query query, NoteAnalyzers analyzers, NoteDocuments documents) {
        this.analyzers = analyzers;
        this.documents = documents;
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query source, Term... found) {
                for (Term term : found) {
                    terms.computeIfAbsent(term.field(), field -> new HashSet<>())
                            .add(BytesRef.deepCopyOf(term.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query source, String field, Supplier<ByteRunAutomaton> automaton) {
                automata.computeIfAbsent(field, key -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }

    /// The labels of `text` the query matched: title, aliases, tags, topic names, in that order.
    List<LabelMatch> matches(HitText text) {
        var found = new ArrayList<LabelMatch>();
        match(LabelMatch.Kind.TITLE, List.of(text.title()), Fields.TITLE, NoteAnalyzers.TITLE_PINYIN_FIELD, found);
        match(LabelMatch.Kind.ALIAS, text.aliases(), Fields.ALIASES, NoteAnalyzers.TITLE_PINYIN_FIELD, found);
        match(LabelMatch.Kind.TAG, text.tags(), Fields.TAGS, NoteAnalyzers.PINYIN_FIELD, found);
        match(LabelMatch.Kind.TOPIC, text.topicNames(), Fields.TOPIC, NoteAnalyzers.PINYIN_FIELD, found);
        return List.copyOf(found);
    }

    private void match(
            LabelMatch.Kind kind, List<String> labels, String field, String pinyinField, List<LabelMatch> found) {
        for (String label : labels) {
            var marked = new BitSet(label.length());
            mark(label, field, marked);
            mark(label, field + NoteAnalyzers.WORD_SUFFIX, marked);
            var spelled = markPinyin(label, pinyinField, marked);
            if (!marked.isEmpty()) {
                found.add(new LabelMatch(kind, marked(label, marked), spelled));
            }
        }
    }

    /// Marks the tokens of `label`, analysed for `field`, that the query looks for in that field.
    private void mark(String label, String field, BitSet marked) {
        if (!terms.containsKey(field) && !automata.containsKey(field)) {
            return;
        }
        try (var stream = analyzers.indexing().tokenStream(field, label)) {
            var term = stream.addAttribute(TermToBytesRefAttribute.class);
            var offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (wanted(field, term.getBytesRef())) {
                    marked.set(offsets.startOffset(), Math.min(offsets.endOffset(), label.length()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Marks the Chinese of `label` whose pinyin the query looks for in `field`; returns the spelling it used.
    private Optional<String> markPinyin(String label, String field, BitSet marked) {
        // folding keeps each character in its place, unless lower-casing changed the length (then nothing is marked)
        if ((!terms.containsKey(field) && !automata.containsKey(field))
                || analyzers.folding().fold(label).length() != label.length()) {
            return Optional.empty();
        }
        Optional<String> spelled = Optional.empty();
        for (var part : documents.spelledParts(label)) {
            for (String spelling : part.spellings()) {
                if (wanted(field, new BytesRef(spelling))) {
                    marked.set(part.start(), part.end());
                    spelled = spelled.or(() -> Optional.of(spelling));
                    break;
                }
            }
        }
        return spelled;
    }

    private boolean wanted(String field, BytesRef term) {
        return terms.getOrDefault(field, Set.of()).contains(term)
                || automata.getOrDefault(field, List.of()).stream()
                        .anyMatch(automaton -> automaton.run(term.bytes, term.offset, term.length));
    }

    /// The label HTML-escaped, each run of marked characters in `<mark>`.
    private static String marked(String label, BitSet marked) {
        var out = new StringBuilder();
        for (int i = 0; i < label.length(); ) {
            boolean on = marked.get(i);
            int end = on
                    ? marked.nextClearBit(i)
                    : Math.min(label.length(), marked.nextSetBit(i) < 0 ? label.length() : marked.nextSetBit(i));
            end = Math.min(end, label.length());
            if (on) {
                out.append("<mark>");
            }
            SnippetFormatter.escape(label, i, end, out);
            if (on) {
                out.append("</mark>");
            }
            i = end;
        }
        return out.toString();
    }
}
