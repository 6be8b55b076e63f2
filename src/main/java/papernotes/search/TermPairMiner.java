package papernotes.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papernotes.search.analysis.WordSegmenter;

/// Term pairs a note teaches by writing a translation in brackets: `感受野(Receptive Field)`,
/// `非极大值抑制（NMS）`, `phase retrieval（相位恢复）`. The bracket gives one side whole; the other side's start is
/// unknown in running text (`是多目标跟踪(Multi-Object Tracking)`), so it is cut to the length the bracketed side
/// suggests, at a word boundary and never past a stop word: a Chinese side to about [#CHARS_PER_WORD] characters per
/// English word (per capital of an acronym), an English side to its run of capitalised words or about one word per
/// two Chinese characters. A pair whose sides cannot be made to
/// agree (`算法（primal-dual first-order algorithm）`) is not taken. A pair whose English side is one plain word
/// (`网络（Unet）`) is [Pair#weak]: one note saying so is not enough.
final class TermPairMiner {

    /// A Chinese term and its English term, folded to lower case with single spaces (`multi object tracking`).
    record Pair(String chinese, String english, boolean weak) {}

    static final int MAX_ENGLISH_WORDS = 5;
    static final int MAX_CHINESE_CHARS = 10;
    static final int MAX_PAIRS = 64;
    /// A Chinese term is cut to about two characters for each English word or each capital of an acronym (word
    /// segmentation alone splits unknown terms into single characters: `级/联/匹配`).
    static final int CHARS_PER_WORD = 2;

    private static final Pattern CHINESE_FIRST =
            Pattern.compile("(\\p{IsHan}{2,40})\\s?[（(]\\s*([A-Za-z][A-Za-z0-9 '’/&+.\\-]{0,60}?)\\s*[)）]");
    private static final Pattern ENGLISH_FIRST = Pattern.compile(
            "([A-Za-z][A-Za-z0-9 '’\\-]{0,80}?)\\s?[（(]\\s*(\\p{IsHan}{2," + MAX_CHINESE_CHARS + "})\\s*[)）]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_/’'.&+]+");
    private static final Set<String> JOINING = Set.of("of", "and", "for", "in", "on", "to", "with", "the", "a", "an");

    private final WordSegmenter segmenter;

    TermPairMiner(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /// The pairs `text` teaches, each once, at most [#MAX_PAIRS].
    List<Pair> mine(String text) {
        var pairs = new LinkedHashSet<Pair>();
        Matcher m = CHINESE_FIRST.matcher(text);
        while (m.find() && pairs.size() < MAX_PAIRS) {
            chineseFirst(m.group(1), m.group(2).strip()).ifPresent(pairs::add);
        }
        m = ENGLISH_FIRST.matcher(text);
        while (m.find() && pairs.size() < MAX_PAIRS) {
            englishFirst(m.group(1), m.group(2)).ifPresent(pairs::add);
        }
        return List.copyOf(pairs);
    }

    private Optional<Pair> chineseFirst(String run, String english) {
        var words = words(english);
        if (words.isEmpty()
                || words.size() > MAX_ENGLISH_WORDS
                || words.stream().allMatch(Stopwords::isStopword)) {
            return Optional.empty();
        }
        boolean acronym = words.size() == 1 && ACRONYM.matcher(english).matches();
        int wanted =
                acronym ? (int) english.chars().filter(Character::isUpperCase).count() : words.size();
        var segmented = segmenter.segment(run);
        int target = CHARS_PER_WORD * wanted;
        int start = run.length();
        for (int i = segmented.size() - 1; i >= 0; i--) {
            var word = segmented.get(i);
            if (Stopwords.isStopword(run.substring(word.start(), word.end()))
                    || (start < run.length() && run.length() - word.start() > target)) {
                break;
            }
            start = word.start();
        }
        var chinese = run.substring(start);
        if (chinese.length() < 2 || chinese.length() > MAX_CHINESE_CHARS || chinese.length() < wanted) {
            return Optional.empty();
        }
        return Optional.of(new Pair(chinese, String.join(" ", words), words.size() == 1 && !acronym));
    }

    private Optional<Pair> englishFirst(String before, String chinese) {
        if (Stopwords.isStopword(chinese)) {
            return Optional.empty();
        }
        var all = List.of(before.strip().split("\\s+"));
        var capitalised = new ArrayList<String>();
        for (int i = all.size() - 1; i >= 0 && capitalised.size() < MAX_ENGLISH_WORDS; i--) {
            var word = all.get(i);
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            if (!capital && !(JOINING.contains(word.toLowerCase(Locale.ROOT)) && !capitalised.isEmpty())) {
                break;
            }
            capitalised.addFirst(word);
        }
        while (!capitalised.isEmpty() && JOINING.contains(capitalised.getFirst().toLowerCase(Locale.ROOT))) {
            capitalised.removeFirst();
        }
        List<String> chosen = capitalised;
        if (chosen.isEmpty()) {
            int wanted = Math.clamp(Math.round(chinese.length() / 2f), 1, MAX_ENGLISH_WORDS - 1);
            chosen = all.subList(Math.max(0, all.size() - wanted), all.size());
        }
        var words = words(String.join(" ", chosen));
        if (words.isEmpty()
                || (words.stream().anyMatch(Stopwords::isStopword) && words.size() == 1)
                || Stopwords.isStopword(words.getFirst())
                || Stopwords.isStopword(words.getLast())) {
            return Optional.empty();
        }
        boolean acronym =
                chosen.size() == 1 && ACRONYM.matcher(chosen.getFirst()).matches();
        return Optional.of(new Pair(chinese, String.join(" ", words), words.size() == 1 && !acronym));
    }

    /// `Multi-Object Tracking` → `multi`, `object`, `tracking`; empty when a word has fewer than two letters (`a d`,
    /// `2021`: not a term).
    private static List<String> words(String english) {
        var words = new ArrayList<String>();
        for (String word : SEPARATORS.split(english.toLowerCase(Locale.ROOT).strip(), 0)) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().filter(Character::isLetter).count() < 2) {
                return List.of();
            }
            words.add(word);
        }
        return words;
    }
}
