package papernotes.ui.note;

import java.util.ArrayList;
import java.util.List;

/// Where a query occurs in a text, ignoring case (Chinese has none and is matched as it is), one match after the
/// other without overlapping: what find in the editor selects.
final class TextMatches {

    private TextMatches() {}

    static List<Integer> starts(String text, String query) {
        var starts = new ArrayList<Integer>();
        if (query.isEmpty()) {
            return starts;
        }
        for (int at = 0; at + query.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                starts.add(at);
                at += query.length() - 1;
            }
        }
        return starts;
    }
}
