package papernotes.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/// A note whose text starts with its title as a `# heading` (as every Typora note and many Obsidian ones do) would
/// show the title twice, once in the header and once above the text: the page leaves that heading out. Only a first
/// heading equal to the title (ignoring case and spaces around it, after blank lines and a `[TOC]` line) goes; the
/// note's text is not changed.
final class LeadingTitle {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}# +(.*?)(?: +#+)? *$");
    private static final Pattern TOC = Pattern.compile("^ {0,3}\\[toc]\\s*$", Pattern.CASE_INSENSITIVE);

    private LeadingTitle() {}

    static String without(String markdown, String title) {
        int at = 0;
        while (at < markdown.length()) {
            int end = markdown.indexOf('\n', at);
            int next = end < 0 ? markdown.length() : end + 1;
            var line = markdown.substring(at, end < 0 ? markdown.length() : end).replace("\r", "");
            if (line.isBlank() || TOC.matcher(line).matches()) {
                at = next;
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches() && same(heading.group(1), title)) {
                return markdown.substring(0, at) + markdown.substring(next);
            }
            return markdown;
        }
        return markdown;
    }

    private static boolean same(String heading, String title) {
        return heading.strip().toLowerCase(Locale.ROOT).equals(title.strip().toLowerCase(Locale.ROOT));
    }
}
