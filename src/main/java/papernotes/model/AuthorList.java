package papernotes.model;

import java.util.Arrays;
import java.util.List;

/// A paper's authors as one line of text, the way they are typed in a field or an option: names separated by `;`
/// or line breaks, so that a name written "He, Kaiming" stays one name. Blank pieces are dropped.
public final class AuthorList {

    public static final String SEPARATOR = "; ";

    private AuthorList() {}

    /// The names in `typed`, in order (`"Kaiming He; Xiangyu Zhang"` is two).
    public static List<String> parse(String typed) {
        return Arrays.stream(typed.split("[;\\n]", -1))
                .map(PaperLinks::oneLine)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /// The names as one line, to be parsed back by [#parse].
    public static String text(List<String> authors) {
        return String.join(SEPARATOR, authors);
    }
}
