package papernotes.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import papernotes.model.GlossaryEntry;
import papernotes.search.analysis.CharFolding;

/// The bilingual glossary as a lookup: a term, however written (case, width, Traditional/Simplified, `-` or
/// `_` or spaces between words), to the other terms of its entry. The first Chinese term and the first other term
/// of an entry are its preferred forms (`身份损失`, `identity loss`); the rest are variants (`ID损失`, `id loss`).
public final class Glossary {

    private final CharFolding folding;
    private final Map<String, List<String>> others = new HashMap<>();
    private final Set<String> preferred = new HashSet<>();
    private final int longestTermWords;

    public Glossary(List<GlossaryEntry> entries, CharFolding folding) {
        this.folding = folding;
        int longest = 1;
        for (GlossaryEntry entry : entries) {
            entry.terms().stream().filter(Glossary::hasHan).findFirst().ifPresent(t -> preferred.add(key(t)));
            entry.terms().stream().filter(t -> !hasHan(t)).findFirst().ifPresent(t -> preferred.add(key(t)));
            for (String term : entry.terms()) {
                var key = key(term);
                if (key.isEmpty()) {
                    continue;
                }
                var rest = new ArrayList<String>();
                entry.terms().stream().filter(t -> !key(t).equals(key)).forEach(rest::add);
                others.merge(key, rest, (a, b) -> {
                    var merged = new ArrayList<>(a);
                    b.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
                    return merged;
                });
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        this.longestTermWords = longest;
    }

    private static final Pattern SEPARATORS = Pattern.compile("[-_/·]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    /// `Super-Resolution` → `super resolution`; `超 分` → `超分`: the form in which two terms are the same term
    /// (also for the terms the user teaches, see `service.GlossaryService`).
    public String key(String term) {
        var folded = SPACES.matcher(SEPARATORS.matcher(folding.fold(term)).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        return SPACE_BETWEEN_HAN.matcher(folded).replaceAll("");
    }

    private static boolean hasHan(String term) {
        return term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /// Whether `term` is a preferred form of its entry (the first Chinese or the first other term).
    boolean isPreferred(String term) {
        return preferred.contains(key(term));
    }

    /// The other terms of the entry that `term` belongs to.
    public Optional<List<String>> expansions(String term) {
        return Optional.ofNullable(others.get(key(term)));
    }

    /// How many words the longest multi-word term has (`face swap` has 2).
    int longestTermWords() {
        return longestTermWords;
    }

    /// Every Chinese term, to teach the word segmenter the field's vocabulary.
    public Set<String> chineseTerms() {
        var result = new TreeSet<String>();
        for (String key : others.keySet()) {
            if (key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                result.add(key);
            }
        }
        return result;
    }

    public int size() {
        return others.size();
    }
}
