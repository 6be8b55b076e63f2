package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;
import papernotes.model.NoteDraft;
import papernotes.model.TopicPath;

/// Search snippets of notes full of XSS vectors are text with `<mark>` only: no element, attribute or entity
/// survives that a page showing them could run.
class SnippetSafetyTest {

    @TempDir
    Path dir;

    @Test
    void snippetsOfHostileNotesAreEscapedText() throws IOException {
        List<String> vectors;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/markdown/xss-vectors.txt"))) {
            vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
        try (var test = TestLibrary.empty(dir)) {
            for (String vector : vectors) {
                test.notes()
                        .create(NoteDraft.of(
                                "x " + vector.length(), TopicPath.of("XSS"), "alert 换脸 " + vector + " alert"));
            }
            // (an <img> tag is searched as its alt text, not its markup: MarkdownTextTest)
            for (String query : List.of("alert", "换脸", "script", "javascript", "onerror", "iframe", "svg")) {
                var outcome = test.search().search(query, 100, Optional.empty(), Optional.empty());
                assertTrue(outcome.total() > 0, query);
                for (var hit : outcome.hits()) {
                    for (String snippet : hit.snippets()) {
                        var body = Jsoup.parseBodyFragment(snippet).body();
                        body.getAllElements().forEach(element -> {
                            var tag = element.normalName();
                            assertTrue(tag.equals("body") || tag.equals("mark"), "<" + tag + "> in snippet " + snippet);
                            assertTrue(
                                    element.attributes().isEmpty() || tag.equals("body"),
                                    "attributes in snippet " + snippet);
                        });
                    }
                }
            }
        }
    }
}
