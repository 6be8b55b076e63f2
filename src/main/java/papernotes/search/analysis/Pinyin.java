package papernotes.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/// Pinyin spellings of Chinese words, so that `huanlian` or `hl` finds 换脸: for a word, its full pinyin and
/// its initials, every reading of a polyphonic character included (up to [#MAX_READINGS] combinations).
public final class Pinyin {

    static final int MAX_READINGS = 8;

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    public Pinyin() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /// Full pinyin and initials of a run of Chinese characters (`换脸` → `huanlian`, `hl`); empty when a
    /// character has no reading.
    public Set<String> spellings(String han) {
        List<String> full = List.of("");
        List<String> initials = List.of("");
        for (int i = 0; i < han.length(); i++) {
            var readings = readings(han.charAt(i));
            if (readings.isEmpty()) {
                return Set.of();
            }
            full = combine(full, readings, false);
            initials = combine(initials, readings, true);
        }
        var result = new LinkedHashSet<String>(full);
        result.addAll(initials);
        return result;
    }

    /// Every reading of one Chinese character without tones (`长` → `chang`, `zhang`), `ü` written `v`; empty for a
    /// character that has none (any other character).
    public List<String> readings(char c) {
        try {
            var array = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (array == null) {
                return List.of();
            }
            return List.copyOf(new LinkedHashSet<>(List.of(array)));
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> combine(List<String> prefixes, List<String> readings, boolean initialsOnly) {
        var result = new LinkedHashSet<String>();
        for (String prefix : prefixes) {
            for (String reading : readings) {
                if (result.size() >= MAX_READINGS) {
                    break;
                }
                result.add(prefix + (initialsOnly ? reading.substring(0, 1) : reading));
            }
        }
        return List.copyOf(result);
    }
}
