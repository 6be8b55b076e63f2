package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import papernotes.model.Theme;

/// Any text, as a note's body and title, renders to a page in bounded time without an exception, and the page
/// passes the same checks as the XSS corpus ([MarkdownSafetyTest#assertSafe]): only allowed elements, no event
/// handlers, no links or images outside the allowed schemes (issue #8, part 3). Tries per run: `fuzz.tries` (3,000
/// in `mvn verify`, 1,000,000 with `-Pstress`).
@Tag("stress")
class MarkdownFuzzTest {

    static final long MOST_NANOS = 3_000_000_000L;

    /// Pieces Markdown and HTML are made of, and text of the kind notes hold.
    static final List<String> PIECES = List.of(
            "*",
            "**",
            "_",
            "__",
            "`",
            "```",
            "~~",
            "[",
            "]",
            "(",
            ")",
            "![",
            "<",
            ">",
            "</",
            "/>",
            "#",
            "## ",
            "- ",
            "1. ",
            "> ",
            "|",
            "---",
            "\n",
            "\n\n",
            "    ",
            "\t",
            "\\",
            "&",
            "&#",
            ";",
            "\"",
            "'",
            "=",
            ":",
            "[[",
            "]]",
            "$",
            "$$",
            "^",
            "{",
            "}",
            "http://",
            "https://x.org/",
            "javascript:",
            "data:",
            "note:",
            "attachment:",
            "<script>",
            "<img src=x onerror=alert(1)>",
            "<a href=",
            "onclick=",
            "style=",
            "<svg>",
            "<iframe",
            "<style>",
            "[^1]",
            "[x]: ",
            "换脸",
            "超分",
            "基于stylegan2,arcface提取id特征",
            "3DMM",
            " ",
            "a",
            "b",
            "\u0000",
            "\u202e",
            "\ud83d\ude00",
            "\ufeff");

    /// One try in this many renders the whole page (header, style sheet, scripts) rather than the body alone.
    static final int WHOLE_PAGE = 20;

    private static final NoteRenderer RENDERER = new NoteRenderer();
    private static final NotePage PAGE = new NotePage(RENDERER);
    private static final AtomicLong TRIES = new AtomicLong();

    @Property
    void anyTextRendersSafelyInBoundedTime(@ForAll("markdown") String text) {
        long start = System.nanoTime();
        String html;
        if (TRIES.incrementAndGet() % WHOLE_PAGE == 0) {
            var header = new NoteHeader(
                    text, List.of(text), List.of(text), Optional.of(text), List.of(new NoteHeader.Link(text, text)));
            html = PAGE.html(header, text, NoteLinks.NONE, Theme.DARK);
        } else {
            html = "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"\">"
                    + "<style></style></head><body>" + RENDERER.render(text, NoteLinks.NONE) + "</body></html>";
        }
        long took = System.nanoTime() - start;
        assertTrue(took < MOST_NANOS, "rendering took " + took / 1_000_000 + " ms");
        // jsoup, the checks' HTML parser, takes U+FFFF for the end of its input (a browser keeps it as a character)
        MarkdownSafetyTest.assertSafe(html.replace('\uffff', '\ufffd'), text);
    }

    @Provide
    Arbitrary<String> markdown() {
        var pieces = Arbitraries.of(PIECES).list().ofMaxSize(80).map(list -> String.join("", list));
        var any = Arbitraries.strings().all().ofMaxLength(300);
        var mixed = Arbitraries.strings()
                .withChars("*_`[]()!<>#-|\\&;:\"'=\n {}$^~")
                .withCharRange('a', 'c')
                .withCharRange('一', '丑')
                .ofMaxLength(400);
        return Arbitraries.frequencyOf(Tuple.of(5, pieces), Tuple.of(2, any), Tuple.of(3, mixed));
    }
}
