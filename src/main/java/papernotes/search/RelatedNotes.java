package papernotes.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import papernotes.search.analysis.IdentifierFilter;
import papernotes.search.analysis.NoteAnalyzers;

/// The notes most like a given note (docs/decisions/0007-connections-and-quick-switcher.md): Lucene's
/// [MoreLikeThis] picks the note's most telling words (frequent in the note, rare in the library) from the word
/// fields of every label and the text, weighted by field; then each glossary term among them also brings its
/// translations and synonyms, so a note that says `超分` finds notes that say `super-resolution`, and the other
/// way round. The note itself is never among the answers, nor is anything in the trash (the index holds no
/// trashed note).
final class RelatedNotes {

    /// The word fields compared, with how much a shared word in each counts.
    static final Map<String, Float> FIELDS = Map.of(
            Fields.TITLE + NoteAnalyzers.WORD_SUFFIX,
            2f,
            Fields.ALIASES + NoteAnalyzers.WORD_SUFFIX,
            2f,
            Fields.TAGS + NoteAnalyzers.WORD_SUFFIX,
            2f,
            Fields.TOPIC + NoteAnalyzers.WORD_SUFFIX,
            1.5f,
            Fields.HEADINGS + NoteAnalyzers.WORD_SUFFIX,
            1.5f,
            Fields.BODY,
            1f);
    static final List<String> LABEL_FIELDS = List.of(
            Fields.TITLE + NoteAnalyzers.WORD_SUFFIX,
            Fields.ALIASES + NoteAnalyzers.WORD_SUFFIX,
            Fields.TAGS + NoteAnalyzers.WORD_SUFFIX,
            Fields.TOPIC + NoteAnalyzers.WORD_SUFFIX);
    /// The body is analysed once, as bigrams with its English words whole: its telling terms are those.
    static final List<String> TEXT_FIELDS = List.of(Fields.HEADINGS + NoteAnalyzers.WORD_SUFFIX, Fields.BODY);
    /// At most this many words of the labels and of the text make up the query.
    static final int MAX_LABEL_TERMS = 15;
    static final int MAX_TEXT_TERMS = 25;
    /// A telling word of the labels counts this much more than one of the text.
    static final float LABEL_WEIGHT = 1.5f;
    /// A word found in more than this share of notes (in percent) says nothing about what a note is about.
    static final int MAX_DOC_FREQ_PERCENT = 30;
    /// A glossary term's translations count this much of the term itself.
    static final float CONCEPT_WEIGHT = 1.0f;
    /// At most this many glossary terms of a note are translated, the most telling first.
    static final int MAX_CONCEPTS = 10;
    /// Only this many words of each field are read for English glossary terms: a note's subject shows early.
    static final int MAX_SCANNED_WORDS = 5000;
    static final float TIE_BREAKER = 0.1f;

    private final NoteIndex index;
    private final NoteAnalyzers analyzers;
    private final QueryBuilder words;
    private final QueryBuilder grams;

    RelatedNotes(NoteIndex index, NoteAnalyzers analyzers) {
        this.index = index;
        this.analyzers = analyzers;
        this.words = new QueryBuilder(analyzers.wordQuery());
        this.grams = new QueryBuilder(analyzers.gramQuery());
    }

    /// Up to `limit` notes like `note`, best first; ties go to the most recently updated, then by id.
    List<SearchHit> find(IndexedNote note, int limit, Glossary glossary) {
        return index.withSearcher(searcher -> {
            var query = query(searcher, note, glossary);
            if (query.isEmpty()) {
                return List.of();
            }
            var sort = new Sort(
                    SortField.FIELD_SCORE,
                    new SortField(Fields.UPDATED, SortField.Type.LONG, true),
                    new SortField(Fields.ID, SortField.Type.STRING));
            var top = searcher.search(query.get(), limit, sort, true);
            var hits = new ArrayList<SearchHit>();
            for (ScoreDoc doc : top.scoreDocs) {
                hits.add(new SearchHit(NoteSearcher.id(searcher, doc.doc), doc.score, List.of(), List.of()));
            }
            return hits;
        });
    }

    /// The note's telling words, each weighted by field, plus the translations of its glossary terms; empty when the
    /// note shares no telling word with any other note. Words are chosen twice, among the labels (title, aliases,
    /// tags, topic) and among the text (headings, body), so that the few words of the labels are not crowded out by
    /// words the text repeats.
    Optional<Query> query(IndexSearcher searcher, IndexedNote note, Glossary glossary) throws IOException {
        var values = values(note);
        var builder = new BooleanQuery.Builder();
        var weights = new HashMap<String, Float>();
        int clauses = like(searcher, values, LABEL_FIELDS, MAX_LABEL_TERMS, LABEL_WEIGHT, builder, weights)
                + like(searcher, values, TEXT_FIELDS, MAX_TEXT_TERMS, 1f, builder, weights);
        if (clauses == 0) {
            return Optional.empty();
        }
        for (Query concept : concepts(note, glossary, weights)) {
            builder.add(concept, Occur.SHOULD);
        }
        builder.add(new TermQuery(new Term(Fields.ID, note.id())), Occur.MUST_NOT);
        return Optional.of(builder.build());
    }

    /// Adds the telling words of `fields` to `builder`, each weighted by how telling it is (the best 1), by its
    /// field and by `weight`; records each word's weight in `weights`. Returns how many were added.
    private int like(
            IndexSearcher searcher,
            Map<String, Collection<Object>> values,
            List<String> fields,
            int maxTerms,
            float weight,
            BooleanQuery.Builder builder,
            Map<String, Float> weights)
            throws IOException {
        var mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzers.indexing());
        mlt.setFieldNames(fields.toArray(String[]::new));
        mlt.setMinTermFreq(1);
        // the note itself is (normally) indexed: a word must be in at least one other note to be worth asking for
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
        mlt.setMinWordLen(2);
        // numbers (`1024`, `512`) are dropped below, so ask for a few more
        mlt.setMaxQueryTerms(maxTerms * 2);
        mlt.setStopWords(Stopwords.ALL);
        mlt.setBoost(true);
        var like = (BooleanQuery) mlt.like(values);
        int added = 0;
        for (BooleanClause clause : like.clauses()) {
            float boost = 1f;
            var inner = clause.query();
            if (inner instanceof BoostQuery boosted) {
                boost = boosted.getBoost();
                inner = boosted.getQuery();
            }
            if (inner instanceof TermQuery term
                    && added < maxTerms
                    && !isNumber(term.getTerm().text())) {
                weights.merge(term.getTerm().text(), boost * weight, Math::max);
                builder.add(
                        new BoostQuery(
                                term,
                                boost
                                        * weight
                                        * FIELDS.getOrDefault(term.getTerm().field(), 1f)),
                        Occur.SHOULD);
                added++;
            }
        }
        return added;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    private static Map<String, Collection<Object>> values(IndexedNote note) {
        var values = new HashMap<String, Collection<Object>>();
        values.put(Fields.TITLE + NoteAnalyzers.WORD_SUFFIX, List.of(note.title()));
        values.put(Fields.ALIASES + NoteAnalyzers.WORD_SUFFIX, List.copyOf(note.aliases()));
        values.put(Fields.TAGS + NoteAnalyzers.WORD_SUFFIX, List.copyOf(note.tags()));
        values.put(Fields.TOPIC + NoteAnalyzers.WORD_SUFFIX, List.copyOf(note.topicNames()));
        values.put(Fields.HEADINGS + NoteAnalyzers.WORD_SUFFIX, List.copyOf(note.headings()));
        values.put(Fields.BODY, List.of(note.text()));
        return values;
    }

    /// A glossary term written in the note as one to a few words (`超分`, `super-resolution`, `face swap`), how
    /// telling the note's words that spell it are, and the terms it translates to.
    private record Concept(String term, float weight, List<String> others) {}

    /// For the glossary terms of the note that are among its telling words, the best match of any of their
    /// translations and synonyms in any field. A term is a telling word (`超分`, `superresolution`, `gan`), or
    /// English words of the labels or text of which one is telling (`face swap`, `super-resolution`); Chinese terms
    /// are single words of the word fields already, as the segmenter knows the glossary.
    private List<Query> concepts(IndexedNote note, Glossary glossary, Map<String, Float> weights) {
        var found = new HashMap<String, Concept>();
        weights.forEach((word, weight) -> glossary.expansions(word)
                .ifPresent(others -> add(found, new Concept(glossary.key(word), weight, others))));
        var texts = new ArrayList<String>();
        texts.add(note.title());
        texts.addAll(note.aliases());
        texts.addAll(note.tags());
        texts.addAll(note.headings());
        texts.add(note.text());
        for (String text : texts) {
            scan(text, glossary, weights, found);
        }
        return found.values().stream()
                .sorted(Comparator.comparingDouble(Concept::weight).reversed().thenComparing(Concept::term))
                .limit(MAX_CONCEPTS)
                .map(this::translations)
                .flatMap(Optional::stream)
                .toList();
    }

    private static void add(Map<String, Concept> found, Concept concept) {
        found.merge(concept.term(), concept, (a, b) -> a.weight() >= b.weight() ? a : b);
    }

    /// Finds glossary terms of one to [Glossary#longestTermWords()] consecutive English words of `text`.
    private void scan(String text, Glossary glossary, Map<String, Float> weights, Map<String, Concept> found) {
        var units = Units.split(analyzers.folding().fold(text));
        int longest = glossary.longestTermWords();
        int scanned = Math.min(units.size(), MAX_SCANNED_WORDS);
        for (int i = 0; i < scanned; i++) {
            float weight = 0f;
            var words = new StringBuilder();
            for (int j = i; j < Math.min(scanned, i + longest) && !units.get(j).han(); j++) {
                var unit = units.get(j).text();
                weight = Math.max(weight, weight(unit, weights));
                words.append(j > i ? " " : "").append(unit);
                if (weight > 0f
                        && (j > i
                                || unit.length()
                                        != IdentifierFilter.joined(unit).length())) {
                    var written = words.toString();
                    float w = weight;
                    glossary.expansions(written)
                            .ifPresent(others -> add(found, new Concept(glossary.key(written), w, others)));
                }
            }
        }
    }

    /// How telling an English word is: as its joined form or the best of its parts (`super-resolution`).
    private static float weight(String unit, Map<String, Float> weights) {
        float best = weights.getOrDefault(IdentifierFilter.joined(unit), 0f);
        for (String piece : IdentifierFilter.pieces(unit)) {
            best = Math.max(best, weights.getOrDefault(piece, 0f));
        }
        return best;
    }

    /// The best match of any of the concept's other terms, in any field, weighted below the term as written.
    private Optional<Query> translations(Concept concept) {
        var alternatives = new ArrayList<Query>();
        var seen = new HashSet<Query>();
        for (String other :
                concept.others().subList(0, Math.min(concept.others().size(), LanguageBridge.MAX_EXPANSIONS))) {
            var analyzed = words.createPhraseQuery(Fields.TITLE + NoteAnalyzers.WORD_SUFFIX, other);
            if (analyzed == null || !seen.add(analyzed)) {
                continue;
            }
            var inBody = grams.createPhraseQuery(Fields.BODY, other);
            for (var field : FIELDS.entrySet()) {
                var swapped = field.getKey().equals(Fields.BODY) ? inBody : FieldSwap.to(analyzed, field.getKey());
                if (swapped == null) {
                    continue;
                }
                int terms = swapped instanceof PhraseQuery phrase ? Math.max(1, phrase.getTerms().length) : 1;
                alternatives.add(new BoostQuery(swapped, field.getValue() / terms));
            }
        }
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new BoostQuery(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), CONCEPT_WEIGHT * concept.weight()));
    }
}
