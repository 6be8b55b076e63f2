package papernotes.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papernotes.TestLibrary;
import papernotes.bench.eval.EvalQueriesReader;
import papernotes.bench.eval.EvaluationService;
import papernotes.markdown.MarkdownText;

/// Search quality on judged query sets over the shipped notes: MRR@10 at least 0.90 and at least 0.20 above the
/// best SQLite FTS5 baseline measured in the same run, and nDCG@10 at least 0.85 (by words alone: the meaning
/// vectors only add to it).
class SearchQualityTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/eval/dev-queries.jsonl", "/eval/heldout-queries.jsonl"})
    void paperNotesBeatsFts5ByTwentyPointsOfMrr(String resource) throws IOException {
        String text;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream(resource), resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var queries = new EvalQueriesReader().read(text, resource);
        try (var library = TestLibrary.shipped(dir)) {
            var reports =
                    new EvaluationService(library.notes(), library.search(), new MarkdownText()).evaluate(queries);
            double ours = reports.getFirst().overall().mrr();
            double bestBaseline = reports.stream()
                    .skip(1)
                    .mapToDouble(r -> r.overall().mrr())
                    .max()
                    .orElseThrow();
            var summary = reports.stream()
                    .map(r -> r.system() + " MRR@10 "
                            + String.format("%.3f", r.overall().mrr()))
                    .toList();
            assertTrue(ours >= 0.90, summary.toString());
            assertTrue(ours >= bestBaseline + 0.20, summary.toString());
            double ndcg = reports.getFirst().overall().ndcg();
            assertTrue(ndcg >= 0.85, "nDCG@10 " + ndcg);
        }
    }
}
