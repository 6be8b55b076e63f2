package papernotes.search;

import java.util.Optional;

/// A label of a hit that the query matched: HTML-escaped, with `<mark>` around what matched, and, when the query
/// spelled it in pinyin, that spelling (`huanlian` for `Disney高清<mark>换脸</mark>`).
public record LabelMatch(Kind kind, String marked, Optional<String> spelled) {

    public enum Kind {
        TITLE,
        ALIAS,
        TAG,
        TOPIC
    }
}
