package papernotes.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.Pinyin;

/// Matches what is typed into the quick switcher against a note's names (its title and aliases), the way people
/// type names to jump to them (docs/decisions/0007-connections-and-quick-switcher.md). From best to worst:
///
/// | kind | `query` → name |
/// |---|---|
/// | [Kind#EXACT] | `gpen` → `GPEN` |
/// | [Kind#PREFIX] | `disney` → `Disney高清换脸` |
/// | [Kind#WORD_START] | `real` → `ESRGAN & Real-ESRGAN` |
/// | [Kind#SUBSTRING] | `esrgan` → `ESRGAN & Real-ESRGAN` (as its second word), `swap` → `InfoSwap` |
/// | [Kind#INITIALS] | `hl` → `Disney高清换脸` (gao qing **h**uan **l**ian), `aiayn` → `Attention is all you need` |
/// | [Kind#PINYIN] | `gaoqing`, `gaoqinghuanl` → `Disney高清换脸` |
/// | [Kind#FUZZY] | `stylgan` → `StyleGAN2`, `fcshftr` → `FaceShifter` (the letters in order, gaps allowed) |
///
/// Case, width, Traditional/Simplified and everything but letters, digits and Chinese characters are ignored
/// (`3ddfa v2` = `3DDFA_V2`). Within a kind, shorter names come first. A [Name] is prepared once per name (its
/// pinyin looked up then), a [Query] once per keystroke; matching allocates only for names that match. Thread-safe.
public final class TitleMatcher {

    /// How a query matched a name, best first.
    public enum Kind {
        EXACT,
        PREFIX,
        WORD_START,
        SUBSTRING,
        INITIALS,
        PINYIN,
        FUZZY
    }

    /// A match: its kind, a score that orders matches (higher first: the kind, then shorter names, then for fuzzy
    /// matches how tightly the letters sit together), and the `char` positions in the name that matched.
    public record Match(Kind kind, double score, List<Integer> positions) {

        public Match {
            positions = positions instanceof MatchPositions ? positions : List.copyOf(positions);
        }
    }

    /// A fuzzy match is dropped when its letters are spread wider than this many times their number.
    static final int MAX_SPREAD = 4;

    private final CharFolding folding;
    private final Pinyin pinyin;
    private final Map<Character, String[]> readings = new ConcurrentHashMap<>();

    public TitleMatcher(CharFolding folding, Pinyin pinyin) {
        this.folding = folding;
        this.pinyin = pinyin;
    }

    /// A name prepared for matching: its letters, digits and Chinese characters folded to lower case (the units
    /// matched), where each sits in the name, which start a word, and the pinyin of each Chinese character.
    public static final class Name {

        private final String text;
        private final char[] units;
        private final String compact;
        private final int[] source;
        private final boolean[] wordStart;
        private final String[][] readings;
        private final int[] initials;
        private final long mask;

        private Name(
                String text,
                char[] units,
                int[] source,
                boolean[] wordStart,
                String[][] readings,
                int[] initials,
                long mask) {
            this.text = text;
            this.units = units;
            this.compact = new String(units);
            this.source = source;
            this.wordStart = wordStart;
            this.readings = readings;
            this.initials = initials;
            this.mask = mask;
        }

        public String text() {
            return text;
        }
    }

    /// What was typed, prepared for matching against many names.
    public static final class Query {

        private final char[] units;
        private final String compact;
        private final long mask;

        private Query(char[] units, long mask) {
            this.units = units;
            this.compact = new String(units);
            this.mask = mask;
        }

        /// Whether the query has nothing to match (no letter, digit or Chinese character).
        public boolean isEmpty() {
            return units.length == 0;
        }
    }

    public Name name(String text) {
        var units = new StringBuilder();
        var source = new ArrayList<Integer>();
        var starts = new ArrayList<Boolean>();
        var unitReadings = new ArrayList<String[]>();
        var initials = new ArrayList<Integer>();
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            char folded = fold(c);
            boolean start = TitleChars.isWordStart(text, i);
            String[] spellings = TitleChars.isHan(folded) ? readingsOf(folded) : null;
            if (start || spellings != null) {
                initials.add(units.length());
            }
            units.append(folded);
            source.add(i);
            starts.add(start);
            unitReadings.add(spellings);
            mask |= TitleChars.bit(folded);
            if (spellings != null) {
                for (String reading : spellings) {
                    for (int k = 0; k < reading.length(); k++) {
                        mask |= TitleChars.bit(reading.charAt(k));
                    }
                }
            }
        }
        var startArray = new boolean[starts.size()];
        for (int i = 0; i < startArray.length; i++) {
            startArray[i] = starts.get(i);
        }
        return new Name(
                text,
                units.toString().toCharArray(),
                source.stream().mapToInt(Integer::intValue).toArray(),
                startArray,
                unitReadings.toArray(String[][]::new),
                initials.stream().mapToInt(Integer::intValue).toArray(),
                mask);
    }

    public Query query(String text) {
        var units = new StringBuilder();
        long mask = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char folded = fold(c);
                units.append(folded);
                mask |= TitleChars.bit(folded);
            }
        }
        return new Query(units.toString().toCharArray(), mask);
    }

    /// How `query` matches `name`, at its best kind; empty when it does not.
    public Optional<Match> match(Query query, Name name) {
        if (query.isEmpty() || (name.mask & query.mask) != query.mask) {
            return Optional.empty();
        }
        return literal(query, name)
                .or(() -> initials(query, name))
                .or(() -> pinyin(query, name))
                .or(() -> fuzzy(query, name));
    }

    private Optional<Match> literal(Query query, Name name) {
        int at = name.compact.indexOf(query.compact);
        if (at < 0) {
            return Optional.empty();
        }
        int length = query.units.length;
        if (length == name.units.length) {
            return Optional.of(match(Kind.EXACT, name, range(at, length)));
        }
        if (at == 0) {
            return Optional.of(match(Kind.PREFIX, name, range(at, length)));
        }
        for (int from = at; from >= 0; from = name.compact.indexOf(query.compact, from + 1)) {
            if (name.wordStart[from]) {
                return Optional.of(match(Kind.WORD_START, name, range(from, length)));
            }
        }
        return Optional.of(match(Kind.SUBSTRING, name, range(at, length)));
    }

    /// The query as consecutive initials: of words, and the pinyin initial of each Chinese character.
    private Optional<Match> initials(Query query, Name name) {
        int length = query.units.length;
        for (int start = 0; start + length <= name.initials.length; start++) {
            boolean all = true;
            for (int k = 0; k < length && all; k++) {
                all = isInitial(name, name.initials[start + k], query.units[k]);
            }
            if (all) {
                var units = new int[length];
                for (int k = 0; k < length; k++) {
                    units[k] = name.initials[start + k];
                }
                return Optional.of(match(Kind.INITIALS, name, units));
            }
        }
        return Optional.empty();
    }

    private static boolean isInitial(Name name, int unit, char c) {
        if (name.units[unit] == c) {
            return true;
        }
        var spellings = name.readings[unit];
        if (spellings != null) {
            for (String reading : spellings) {
                if (reading.charAt(0) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /// The query as the full pinyin of consecutive Chinese characters (with any letters between them as written),
    /// from the start of a word or character; the last syllable may be incomplete (`gaoq`).
    private Optional<Match> pinyin(Query query, Name name) {
        boolean hasHan = false;
        for (String[] spellings : name.readings) {
            hasHan |= spellings != null;
        }
        if (!hasHan) {
            return Optional.empty();
        }
        // whether matching from (unit, query position, a syllable spelled yet) failed before: the same whatever the
        // start
        var failed = new boolean[2][name.units.length + 1][query.units.length + 1];
        for (int start = 0; start < name.units.length; start++) {
            if (name.wordStart[start] || name.readings[start] != null) {
                var matched = new ArrayList<Integer>();
                if (syllables(query, name, start, 0, false, matched, failed)) {
                    return Optional.of(match(
                            Kind.PINYIN,
                            name,
                            matched.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean syllables(
            Query query, Name name, int unit, int at, boolean spelled, List<Integer> matched, boolean[][][] failed) {
        if (at == query.units.length) {
            return spelled;
        }
        if (unit == name.units.length || failed[spelled ? 1 : 0][unit][at]) {
            return false;
        }
        if (name.units[unit] == query.units[at]) {
            matched.add(unit);
            if (syllables(query, name, unit + 1, at + 1, spelled, matched, failed)) {
                return true;
            }
            matched.removeLast();
        }
        var spellings = name.readings[unit];
        if (spellings != null) {
            for (String reading : spellings) {
                int common = commonPrefix(reading, query, at);
                if (common == reading.length()) {
                    matched.add(unit);
                    if (syllables(query, name, unit + 1, at + common, true, matched, failed)) {
                        return true;
                    }
                    matched.removeLast();
                } else if (at + common == query.units.length) {
                    matched.add(unit);
                    return true;
                }
            }
        }
        failed[spelled ? 1 : 0][unit][at] = true;
        return false;
    }

    /// The query's letters in order, gaps allowed; a Chinese character takes the start of one of its readings.
    /// Letters are taken as early as possible, then, when only single letters were taken, pulled as late as
    /// possible from the end, so the match sits tight (`stylgan` in `ShapeEditor: A StyleGAN Encoder` is the
    /// letters of `StyleGAN`).
    private Optional<Match> fuzzy(Query query, Name name) {
        var units = new int[query.units.length];
        int taken = 0;
        int at = 0;
        boolean single = true;
        for (int unit = 0; unit < name.units.length && at < query.units.length; unit++) {
            int length = name.units[unit] == query.units[at] ? 1 : 0;
            var spellings = name.readings[unit];
            if (spellings != null) {
                for (String reading : spellings) {
                    length = Math.max(length, commonPrefix(reading, query, at));
                }
            }
            if (length > 0) {
                units[taken++] = unit;
                at += length;
                single &= length == 1 && name.units[unit] == query.units[at - 1];
            }
        }
        if (at < query.units.length) {
            return Optional.empty();
        }
        var matched = Arrays.copyOf(units, taken);
        if (single) {
            int next = query.units.length - 1;
            for (int unit = matched[taken - 1]; unit >= 0 && next >= 0; unit--) {
                if (name.units[unit] == query.units[next]) {
                    matched[next--] = unit;
                }
            }
        }
        int spread = matched[taken - 1] - matched[0] + 1;
        if (spread > MAX_SPREAD * taken) {
            return Optional.empty();
        }
        int starts = 0;
        for (int unit : matched) {
            starts += name.wordStart[unit] ? 1 : 0;
        }
        double tightness = (double) taken / spread;
        double quality = 0.6 * tightness + 0.3 * starts / taken + 0.1 * (name.wordStart[matched[0]] ? 1 : 0);
        return Optional.of(
                new Match(Kind.FUZZY, base(Kind.FUZZY) + 6 * quality + 3 * shortness(name), positions(name, matched)));
    }

    private static int commonPrefix(String reading, Query query, int at) {
        int k = 0;
        while (k < reading.length() && at + k < query.units.length && reading.charAt(k) == query.units[at + k]) {
            k++;
        }
        return k;
    }

    private static Match match(Kind kind, Name name, int[] units) {
        return new Match(kind, base(kind) + 9 * shortness(name), positions(name, units));
    }

    /// Each kind spans 10 points of score, the best kind the highest.
    // The kinds are declared best first: their order is the ranking.
    @SuppressWarnings("EnumOrdinal")
    private static double base(Kind kind) {
        return 10.0 * (Kind.values().length - kind.ordinal());
    }

    /// 1 for the shortest names, falling towards 0 with length.
    private static double shortness(Name name) {
        return 16.0 / (16 + name.text.length());
    }

    private static int[] range(int from, int length) {
        var units = new int[length];
        for (int k = 0; k < length; k++) {
            units[k] = from + k;
        }
        return units;
    }

    private static List<Integer> positions(Name name, int[] units) {
        var positions = new int[units.length];
        for (int k = 0; k < units.length; k++) {
            positions[k] = name.source[units[k]];
        }
        return new MatchPositions(positions);
    }

    private char fold(char c) {
        return Character.toLowerCase(folding.fold(c));
    }

    private String[] readingsOf(char han) {
        return readings.computeIfAbsent(han, c -> pinyin.readings(c).toArray(String[]::new));
    }
}
