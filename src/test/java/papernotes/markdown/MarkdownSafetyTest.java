package papernotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import papernotes.model.Theme;

/// An XSS corpus placed in the body, title, tags and links of a note: the page keeps no script, no event handler,
/// no dangerous URL and no element outside the allow-list. (Loading each page into a real WebView with alert and
/// navigation hooks is the next step of issue 4.)
class MarkdownSafetyTest {

    static final Set<String> ALLOWED_IN_BODY = Set.of(
            "details",
            "summary",
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "del",
            "s",
            "ins",
            "sup",
            "sub",
            "ul",
            "ol",
            "li",
            "a",
            "img",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "span",
            "div",
            "input",
            "dl",
            "dt",
            "dd",
            "kbd",
            "mark",
            "abbr",
            "article",
            "header",
            "nav",
            "body",
            "html",
            "head",
            "title",
            "meta",
            "style",
            "script");

    private final NotePage page = new NotePage(new NoteRenderer());

    static List<String> vectors() throws IOException {
        try (var in =
                Objects.requireNonNull(MarkdownSafetyTest.class.getResourceAsStream("/markdown/xss-vectors.txt"))) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var vectors =
                    new ArrayList<String>(text.lines().filter(l -> !l.isBlank()).toList());
            vectors.add(text);
            return vectors;
        }
    }

    @Test
    void corpusHasAtLeastFortyVectors() throws IOException {
        assertTrue(vectors().size() >= 40, "vectors: " + vectors().size());
    }

    @Test
    void noVectorSurvivesInBodyTitleAliasesTagsLinksOrThePapersFields() throws IOException {
        for (String vector : vectors()) {
            var header = new NoteHeader(
                    vector,
                    List.of(vector),
                    List.of(vector),
                    List.of(vector),
                    Optional.of(vector),
                    List.of(new NoteHeader.Link(vector, vector), new NoteHeader.Link("x", "javascript:alert(1)")),
                    new NoteHeader.Paper(Optional.of(vector), List.of(vector, vector), Optional.of(vector), vector));
            var html = page.html(header, vector, NoteLinks.NONE, Theme.LIGHT);
            assertSafe(html, vector);
        }
    }

    static void assertSafe(String html, String vector) {
        var document = Jsoup.parse(html);
        int metas = 0;
        int styles = 0;
        for (Element element : document.getAllElements()) {
            var tag = element.normalName();
            if (tag.equals("#root")) {
                continue;
            }
            assertTrue(ALLOWED_IN_BODY.contains(tag), "element <" + tag + "> from: " + vector);
            metas += tag.equals("meta") ? 1 : 0;
            styles += tag.equals("style") ? 1 : 0;
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                var value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(name.startsWith("on"), "event handler " + name + " from: " + vector);
                assertFalse(
                        name.equals("style") || name.equals("srcdoc") || name.equals("formaction"),
                        name + " from: " + vector);
                if (name.equals("href") || name.equals("src")) {
                    assertTrue(
                            value.startsWith("https:")
                                    || value.startsWith("http:") && name.equals("href")
                                    || value.startsWith("mailto:")
                                    || value.startsWith("note:")
                                    || value.startsWith("#")
                                    // a tag chip: the tag percent-encoded, nothing else
                                    || name.equals("href") && value.matches("tag:[a-z0-9%._*~-]*")
                                    || name.equals("href") && value.startsWith("attachment:")
                                    || name.equals("src") && value.matches("data:image/(png|jpeg|gif|webp);base64,.*"),
                            name + "=" + value + " from: " + vector);
                }
            }
        }
        assertEquals(2, metas, "only the page's own charset and policy");
        assertEquals(1, styles, "only the page's own style sheet");
        var policy = document.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        for (Element script : document.select("script")) {
            assertTrue(policy.contains(PageAssets.hash(script.data())), "a script not of ours from: " + vector);
            assertTrue(script.attributes().isEmpty(), "script attributes from: " + vector);
        }
        // at most KaTeX, highlight.js, their start, and find in the note
        assertTrue(document.select("script").size() <= 4, "scripts from: " + vector);
    }
}
