package papernotes.ui.note;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/// Style classes for Markdown source, for the editor: front matter, headings, code, math, emphasis, links, wiki
/// links, list markers and quotes. A highlighter, not a parser: it colours what a reader looks for and never
/// changes the text.
public final class MarkdownHighlighting {

    private static final Pattern PATTERN = Pattern.compile(
            String.join(
                    "|",
                    List.of(
                            "(?<FRONTMATTER>\\A---\\R(?:.*\\R)*?---(?:\\R|\\z))",
                            "(?<FENCE>^ {0,3}(?<MARK>```|~~~)[^\\n]*\\R(?:.*\\R)*?(?: {0,3}\\k<MARK>[^\\n]*$|\\z))",
                            "(?<HEADING>^ {0,3}#{1,6}(?:[ \\t].*)?$)",
                            "(?<MATHBLOCK>\\$\\$[\\s\\S]*?\\$\\$)",
                            "(?<CODE>`[^`\\n]+`)",
                            "(?<MATH>\\$[^$\\n]+\\$)",
                            "(?<STRONG>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)",
                            "(?<EM>(?<![*\\w])\\*[^*\\s][^*\\n]*\\*|(?<![_\\w])_[^_\\s][^_\\n]*_(?!\\w))",
                            "(?<WIKILINK>\\[\\[[^\\]\\n]+\\]\\])",
                            "(?<LINK>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|<https?://[^>\\s]+>)",
                            "(?<LIST>^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]))",
                            "(?<QUOTE>^ {0,3}>.*$)")),
            Pattern.MULTILINE);

    private static final List<String> GROUPS = List.of(
            "FRONTMATTER",
            "FENCE",
            "HEADING",
            "MATHBLOCK",
            "CODE",
            "MATH",
            "STRONG",
            "EM",
            "WIKILINK",
            "LINK",
            "LIST",
            "QUOTE");

    private MarkdownHighlighting() {}

    /// The style spans of `text`: `md-heading`, `md-code`, … over the parts that have a style, none elsewhere.
    public static StyleSpans<Collection<String>> of(String text) {
        var spans = new StyleSpansBuilder<Collection<String>>();
        Matcher matcher = PATTERN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(styleOf(matcher)), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static String styleOf(Matcher matcher) {
        for (String group : GROUPS) {
            if (matcher.group(group) != null) {
                return switch (group) {
                    case "FRONTMATTER" -> "md-frontmatter";
                    case "FENCE", "CODE" -> "md-code";
                    case "MATHBLOCK", "MATH" -> "md-math";
                    default -> "md-" + group.toLowerCase(Locale.ROOT);
                };
            }
        }
        return "md-text";
    }
}
