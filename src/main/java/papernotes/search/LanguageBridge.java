package papernotes.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/// The bridge between the languages for one word of a query: a glossary term also matches its translations and
/// synonyms, the preferred ones at [#EXPANSION_WEIGHT] and other variants at [#VARIANT_WEIGHT]. A word the glossary
/// does not know also matches the translations the library's notes teach ([LibraryPairs], at [#LIBRARY_WEIGHT])
/// and, for a Chinese word, its general dictionary glosses at [#DICTIONARY_WEIGHT]. Each alternative scores below
/// the word as typed, so that a note with the word as written ranks above one found through the bridge.
final class LanguageBridge {

    static final float EXPANSION_WEIGHT = 0.15f;
    static final float VARIANT_WEIGHT = 0.05f;
    /// Dictionary glosses are everyday senses: right for `相位` → phase, noise for `匹配` → mate; weights from 0.05
    /// to 0.4 measured the same (docs/decisions/0015).
    static final float DICTIONARY_WEIGHT = 0.2f;
    /// A translation written in a note of the library (`感受野(Receptive Field)`).
    static final float LIBRARY_WEIGHT = 0.15f;
    static final float CONCEPT_TIE_BREAKER = 0.1f;
    /// A term is expanded to at most this many of its glossary synonyms.
    static final int MAX_EXPANSIONS = 8;

    private final Glossary glossary;
    private final Dictionary dictionary;
    private final LibraryPairs library;
    private final Predicate<String> common;

    /// `common` says which words are too common in the library for their translations to matter ([CommonTerms]).
    LanguageBridge(Glossary glossary, Dictionary dictionary, LibraryPairs library, Predicate<String> common) {
        this.glossary = glossary;
        this.dictionary = dictionary;
        this.library = library;
        this.common = common;
    }

    /// How many plain words from `start` form the longest term the glossary or the library knows (1 when none of
    /// two or more does).
    int termSpan(List<QueryNode> nodes, int start) {
        int longest = Math.max(glossary.longestTermWords(), TermPairMiner.MAX_ENGLISH_WORDS);
        for (int span = Math.min(longest, nodes.size() - start); span > 1; span--) {
            var slice = nodes.subList(start, start + span);
            if (slice.stream().allMatch(n -> n instanceof QueryNode.Word w && !w.prefix())) {
                var text = joinedWords(slice);
                if (glossary.expansions(text).isPresent() || library.knows(text)) {
                    return span;
                }
            }
        }
        return 1;
    }

    static String joinedWords(List<QueryNode> nodes) {
        return String.join(
                " ", nodes.stream().map(n -> ((QueryNode.Word) n).text()).toList());
    }

    /// `literal`, or the best of it and the other terms of `text` (each searched as `phrase` makes it); what was
    /// used goes to `expanded`, as `text → other, other`.
    Query concept(String text, Query literal, Function<String, Query> phrase, Consumer<String> expanded) {
        Optional<List<String>> others = glossary.expansions(text);
        if (others.isEmpty()) {
            return bridged(text, literal, phrase, expanded);
        }
        if (common.test(text)) {
            return literal;
        }
        var alternatives = new ArrayList<Query>();
        alternatives.add(literal);
        for (String other : others.get().subList(0, Math.min(others.get().size(), MAX_EXPANSIONS))) {
            float weight = glossary.isPreferred(other) ? EXPANSION_WEIGHT : VARIANT_WEIGHT;
            alternatives.add(new BoostQuery(phrase.apply(other), weight));
        }
        expanded.accept(text.strip() + " → " + String.join(", ", others.get()));
        return new DisjunctionMaxQuery(alternatives, CONCEPT_TIE_BREAKER);
    }

    /// A word the glossary does not know, also by what the library teaches of it and, for a Chinese word of two
    /// characters or more, by its dictionary glosses.
    private Query bridged(String text, Query literal, Function<String, Query> phrase, Consumer<String> expanded) {
        var word = text.strip();
        var used = new LinkedHashMap<String, Float>();
        library.translations(word).forEach(t -> used.put(t, LIBRARY_WEIGHT));
        if (word.codePointCount(0, word.length()) >= 2 && word.codePoints().allMatch(Units::isHan)) {
            dictionary.glosses(word).ifPresent(glosses -> glosses.forEach(g -> used.putIfAbsent(g, DICTIONARY_WEIGHT)));
        }
        if (used.isEmpty() || common.test(word)) {
            return literal;
        }
        var alternatives = new ArrayList<Query>();
        alternatives.add(literal);
        used.forEach((other, weight) -> alternatives.add(new BoostQuery(phrase.apply(other), weight)));
        expanded.accept(word + " → " + String.join(", ", used.keySet()));
        return new DisjunctionMaxQuery(alternatives, CONCEPT_TIE_BREAKER);
    }
}
