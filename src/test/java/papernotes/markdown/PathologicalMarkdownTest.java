package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import papernotes.model.Theme;

/// Inputs known to make Markdown parsers slow or overflow their stack (after commonmark-java's `PathologicalTest`
/// and cmark's `pathological_tests.py`), at 50,000 repetitions: each renders as a whole page in under 3 s, with no
/// `StackOverflowError` (issue #8, part 3).
@Tag("slow")
class PathologicalMarkdownTest {

    static final int N = 50_000;

    // one of each, as the application has: a rendering past its budget keeps its thread until it ends, and while
    // it runs the next long one is answered at once as plain text rather than given a thread of its own
    private static final NotePage PAGE = new NotePage(new NoteRenderer());
    private static final MarkdownText TEXT = new MarkdownText();
    private static final LinkTargets LINKS = new LinkTargets();

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("nested brackets", "[".repeat(N) + "a" + "]".repeat(N)),
                Arguments.of("unclosed brackets", "[a".repeat(N)),
                Arguments.of("unclosed images", "![a".repeat(N)),
                Arguments.of("nested links", "[a](".repeat(N) + "b" + ")".repeat(N)),
                Arguments.of("unclosed links", "[a](b".repeat(N)),
                Arguments.of("nested emphasis", "*a ".repeat(N) + "b" + " a*".repeat(N)),
                Arguments.of("emphasis openers", "*a".repeat(N)),
                Arguments.of("underscore openers", "_a".repeat(N)),
                Arguments.of("strong and emphasis", "**_".repeat(N) + "x" + "_**".repeat(N)),
                Arguments.of("backticks", "`a``".repeat(N)),
                Arguments.of("unclosed code spans", "`".repeat(N) + "a"),
                Arguments.of("nested block quotes", ">".repeat(N) + " a"),
                Arguments.of("nested lists", "- ".repeat(N) + "a"),
                Arguments.of("deep indented lists", buildList()),
                Arguments.of("angle brackets", "<".repeat(N) + "a"),
                Arguments.of("unclosed HTML comments", "<!--".repeat(N)),
                Arguments.of("backslashes", "\\".repeat(N) + "a"),
                Arguments.of("entities", "&#".repeat(N)),
                Arguments.of("link reference definitions", "[a]: b\n".repeat(N / 10) + "[a]".repeat(N)),
                Arguments.of("wiki links", "[[".repeat(N) + "a" + "]]".repeat(N)),
                Arguments.of("dollar math", "$".repeat(N) + "a"),
                Arguments.of("table pipes", ("|" + "a|".repeat(200) + "\n").repeat(250)),
                Arguments.of("footnotes", "[^a]".repeat(N)),
                Arguments.of("strikethrough", "~~a".repeat(N)),
                Arguments.of("headings", "#".repeat(N) + " a"),
                Arguments.of("setext underline", "a\n" + "=".repeat(N)),
                Arguments.of("Chinese with emphasis", "换脸*超分".repeat(N)));
    }

    private static String buildList() {
        var text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("  ".repeat(i)).append("- a\n");
        }
        return text.toString();
    }

    /// Formatted, or (past [NoteRenderer#BUDGET], or too deep even for the rendering thread's stack) shown as plain
    /// text: either way the page comes within 3 s and holds the text.
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void rendersInUnderThreeSeconds(String name, String markdown) {
        var html = assertTimeoutPreemptively(
                Duration.ofSeconds(3),
                () -> PAGE.html(
                        new NoteHeader(name, List.of(), List.of(), Optional.empty(), List.of()),
                        markdown,
                        NoteLinks.NONE,
                        Theme.LIGHT));
        assertTrue(html.contains("<article class=\"note-body\">"), name);
    }

    /// Reading the text for the index, and the links and images a save or an import records, ends without an
    /// error too (the text as it is, without links, when the parser cannot go that deep).
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void indexingAndSavingReadItWithoutFailing(String name, String markdown) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            var read = TEXT.read(markdown);
            assertTrue(read.text().length() <= markdown.length(), name);
            LINKS.of(markdown);
            new BodyReferences().images(markdown);
            new BodyReferences().hashtags(markdown);
        });
    }
}
