package papernotes.git;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/// Three-way merge of a set kept as a list (tags, aliases, attached files): what either side added is in, what
/// either side removed is out. Members are told apart by a key (a tag's lower case, as `Labels`
/// does); the order is mine's, then what theirs added in theirs' order.
final class LabelMerge {

    /// Labels are the same whatever their case (`GAN`, `gan`).
    static final UnaryOperator<String> IGNORING_CASE = label -> label.toLowerCase(Locale.ROOT);

    /// File names are the same only when spelled the same.
    static final UnaryOperator<String> EXACT = UnaryOperator.identity();

    private LabelMerge() {}

    /// `respell` picks one of two spellings of a member both sides respelled differently.
    static List<String> merge(
            List<String> base,
            List<String> mine,
            List<String> theirs,
            UnaryOperator<String> key,
            BinaryOperator<String> respell) {
        var before = byKey(base, key);
        var mineByKey = byKey(mine, key);
        var theirsByKey = byKey(theirs, key);
        var merged = new ArrayList<String>(mineByKey.size() + theirsByKey.size());
        mineByKey.forEach((k, spelling) -> {
            var there = Optional.ofNullable(theirsByKey.get(k));
            var was = Optional.ofNullable(before.get(k));
            if (there.isPresent()) {
                merged.add(spelling(was, spelling, there.get(), respell));
            } else if (was.isEmpty()) {
                merged.add(spelling); // added here; when it was in the base, theirs removed it
            }
        });
        theirsByKey.forEach((k, spelling) -> {
            if (!mineByKey.containsKey(k) && !before.containsKey(k)) {
                merged.add(spelling); // added there; when it was in the base, mine removed it
            }
        });
        return List.copyOf(merged);
    }

    private static String spelling(Optional<String> was, String mine, String theirs, BinaryOperator<String> respell) {
        if (mine.equals(theirs) || was.filter(theirs::equals).isPresent()) {
            return mine;
        }
        if (was.filter(mine::equals).isPresent()) {
            return theirs;
        }
        return respell.apply(mine, theirs);
    }

    /// Each member by its key, the first spelling of repeats, in order.
    private static Map<String, String> byKey(List<String> members, UnaryOperator<String> key) {
        var byKey = new LinkedHashMap<String, String>();
        for (String member : members) {
            byKey.putIfAbsent(key.apply(member), member);
        }
        return byKey;
    }
}
