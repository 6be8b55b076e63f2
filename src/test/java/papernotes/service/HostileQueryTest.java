package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papernotes.TestLibrary;

/// Hostile query strings, and 1,000 random ones, through the whole search service (summaries from the library,
/// snippets): no exception ever escapes search. `QueryFuzzTest` tries many more against the search engine.
@Tag("stress")
class HostileQueryTest {

    private static final String[] PIECES = {
        "\"",
        "(",
        ")",
        "-",
        "*",
        "OR",
        "AND",
        "NOT",
        "topic:",
        "tag:",
        "title:",
        ":",
        "\\",
        "/",
        "~",
        "^",
        "?",
        "[",
        "]",
        "{",
        "}",
        "&&",
        "||",
        "!",
        "换脸",
        "超",
        "stylegan2",
        "Real-ESRGAN",
        "3ddfa_v2",
        " ",
        "  ",
        "\t",
        "\n",
        "\u0000",
        "\u200b",
        "\ud83d\ude00",
        "\ud800",
        "ｆｕｌｌ",
        "換臉",
        "<script>",
        "%",
        "_",
        ".",
        "*:*",
        "OR OR",
        "\"\"",
        "-(",
        "((((",
        "))))",
        "a*",
        "**",
        "e",
        "1e10",
        "NaN",
        "\u202e",
        "'",
        "`"
    };

    @TempDir
    Path dir;

    @Test
    void hostileAndRandomQueriesRaiseNothing() {
        var random = new Random(20261124);
        var queries = new ArrayList<String>();
        queries.addAll(List.of(
                "",
                " ",
                "\"",
                "(",
                ")",
                "-",
                "*",
                "OR",
                "topic:",
                "tag:\"",
                "title:",
                "-\"\"",
                "((((((((((",
                "x".repeat(10_000),
                "换".repeat(10_000),
                "(".repeat(5000) + "a" + ")".repeat(5000),
                "\"".repeat(9999),
                "a OR ".repeat(2000),
                "-a ".repeat(3000),
                "*".repeat(10_000),
                "stylegan2*".repeat(500)));
        while (queries.size() < 1_000) {
            queries.add(random.nextBoolean() ? soup(random) : randomText(random));
        }
        try (var library = TestLibrary.shipped(dir)) {
            int i = 0;
            for (String query : queries) {
                // every tenth query goes through the full search with snippets, the rest the ranking only
                if (i++ % 10 == 0) {
                    var outcome = library.search().search(query, 10, Optional.empty(), Optional.empty());
                    assertTrue(outcome.total() >= 0);
                } else {
                    library.search().searchIds(query, 10);
                }
            }
        }
    }

    private static String soup(Random random) {
        var out = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static String randomText(Random random) {
        var out = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 2000 : 40);
        for (int i = 0; i < length; i++) {
            out.append((char)
                    switch (random.nextInt(5)) {
                        case 0 -> 0x4E00 + random.nextInt(0x5000);
                        case 1 -> 0x20 + random.nextInt(0x5F);
                        case 2 -> random.nextInt(0x20);
                        case 3 -> random.nextInt(0x10000);
                        default -> 'a' + random.nextInt(26);
                    });
        }
        return out.toString();
    }
}
