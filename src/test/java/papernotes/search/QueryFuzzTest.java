package papernotes.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import papernotes.bench.search.CorpusGenerator;
import papernotes.markdown.MarkdownText;

/// Whatever is typed into the search field, search answers (with notices for what it could not use) in bounded
/// time, and no exception escapes (issue #8, part 3): parsing, the bilingual query with its translations and typo
/// tolerance, ranking, and snippets, over an index of 300 generated notes. Tries per run: `fuzz.tries`; every try
/// parses the query and builds its Lucene queries, one in [#SEARCHED] also searches with them.
@Tag("stress")
class QueryFuzzTest {

    static final long MOST_NANOS = 3_000_000_000L;

    static final List<String> PIECES = List.of(
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
            "超分",
            "stylegan2",
            "Real-ESRGAN",
            "3ddfa_v2",
            "3DMM",
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
            "\"\"",
            "-(",
            "((((",
            "))))",
            "a*",
            "e",
            "1e10",
            "NaN",
            "\u202e",
            "'",
            "`",
            "super resolution",
            "face swap",
            "ganimation",
            "pinyin",
            "huanlian",
            "港中文");

    private static Path folder;
    private static SearchEngine engine;
    private static final Map<String, HitText> TEXTS = new HashMap<>();

    @BeforeContainer
    static void indexGeneratedNotes() throws IOException {
        folder = Files.createTempDirectory("papernotes-query-fuzz");
        var glossary = AnalyzerCorpus.glossary();
        engine = SearchEngine.open(folder.resolve("index"), glossary);
        var generator = new CorpusGenerator(8, glossary);
        var markdown = new MarkdownText();
        for (int i = 0; i < 300; i++) {
            var note = AnalyzerCorpus.indexed(generator.note(i), markdown);
            engine.index().upsert(note);
            TEXTS.put(
                    note.id(), new HitText(note.title(), note.aliases(), note.tags(), note.topicNames(), note.text()));
        }
        engine.index().refresh();
    }

    @AfterContainer
    static void close() throws IOException {
        engine.close();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /// Every try parses the query and builds what it would run; one try in [#SEARCHED] also runs the search.
    static final int SEARCHED = 25;
    private static final AtomicLong TRIES = new AtomicLong();

    @Property
    void anyQuery_isAnsweredInBoundedTime(@ForAll("queries") String query, @ForAll boolean filtered) {
        long start = System.nanoTime();
        for (var built : engine.queriesFor(query)) {
            assertTrue(built != null);
        }
        if (TRIES.incrementAndGet() % SEARCHED != 0) {
            assertTrue(System.nanoTime() - start < MOST_NANOS, "took over 3 s");
            return;
        }
        var request = new SearchRequest(
                query,
                10,
                filtered ? Optional.of(query) : Optional.empty(),
                filtered ? Optional.of(query) : Optional.empty(),
                true);
        var results = engine.search(request, ids -> {
            var texts = new HashMap<String, HitText>();
            ids.forEach(id ->
                    texts.put(id, TEXTS.getOrDefault(id, new HitText("", List.of(), List.of(), List.of(), ""))));
            return texts;
        });
        assertTrue(results.total() >= results.hits().size());
        assertTrue(System.nanoTime() - start < MOST_NANOS, "took over 3 s");
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES).list().ofMaxSize(14).map(p -> String.join(" ", p))),
                Tuple.of(2, Arbitraries.of(PIECES).list().ofMaxSize(40).map(p -> String.join("", p))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withCharRange('一', '龥')
                                .withCharRange('a', 'z')
                                .ofMaxLength(60)));
    }
}
