package papernotes.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/// Runs [AnalyzerBenchmark] and [AnalyzerLoadBenchmark], writes JMH's JSON to [#RESULT] and prints the figures
/// as the tables of docs/benchmarks.md: throughput in MB/s of note text (mean ± JMH's 99.9 % error), load
/// times in ms (median and range over the forks: single cold samples scatter too much for a mean).
/// `mvn -Pjmh test-compile exec:exec`; JMH's own options may be given after the class name (then
/// `-Djmh.args="…"`), a benchmark pattern among them to run fewer.
public final class AnalyzerBenchmarks {

    static final String RESULT = "target/jmh-analyzers.json";

    /// Benchmark methods in the order of the tables, with what their rows say.
    private static final List<Map.Entry<String, String>> LABELS = List.of(
            Map.entry("bigramField", "bigram field (`body`, `title`, …)"),
            Map.entry("wordField", "word field (`title.w`, …, HanLP), run over the bodies too"),
            Map.entry("unigramField", "unigram field (`all.u`)"),
            Map.entry("noteDocument", "whole note document (every indexed field, pinyin)"),
            Map.entry("charFolding", "folding table (Traditional → Simplified)"),
            Map.entry("pinyinTable", "pinyin4j table"),
            Map.entry("hanlpSegmenter", "HanLP dictionaries + glossary words"),
            Map.entry("firstNote", "all analysis, up to the first note analyzed"));

    private AnalyzerBenchmarks() {}

    public static void main(String[] args) throws Exception {
        var given = new CommandLineOptions(args);
        var options = new OptionsBuilder()
                .parent(given)
                .resultFormat(ResultFormatType.JSON)
                .result(RESULT);
        if (given.getIncludes().isEmpty()) {
            options.include(AnalyzerBenchmark.class.getName() + "\\.")
                    .include(AnalyzerLoadBenchmark.class.getName() + "\\.");
        }
        var results = new ArrayList<>(new Runner(options.build()).run());
        results.sort(Comparator.comparingInt(AnalyzerBenchmarks::position));
        print(results);
    }

    private static void print(Collection<RunResult> results) {
        var corpus = AnalyzerCorpus.generate(AnalyzerCorpus.glossary());
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%nJDK %s, %d cores; corpus %.2f MB of note text in %,d notes; JSON in %s%n%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                corpus.megabytes(),
                corpus.notes().size(),
                RESULT));
        out.append("| analyzer chain | MB/s | ± error (99.9 %) |\n| --- | ---: | ---: |\n");
        for (var result : results) {
            var primary = result.getPrimaryResult();
            if (primary.getScoreUnit().equals("ops/s")) {
                out.append(row(
                        result, primary.getScore() * corpus.megabytes(), primary.getScoreError() * corpus.megabytes()));
            }
        }
        out.append(
                "\n| loaded cold, in a fresh JVM | ms, median | min – max | forks |\n| --- | ---: | ---: | ---: |\n");
        for (var result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            if (result.getPrimaryResult().getScoreUnit().equals("ms/op")) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %.0f | %.0f – %.0f | %d |%n",
                        label(result),
                        statistics.getPercentile(50),
                        statistics.getMin(),
                        statistics.getMax(),
                        statistics.getN()));
            }
        }
        System.out.println(out);
    }

    private static String row(RunResult result, double score, double error) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %s |%n",
                label(result),
                score,
                Double.isNaN(error) ? "–" : String.format(Locale.ROOT, "%.1f", error));
    }

    private static String method(RunResult result) {
        var benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static int position(RunResult result) {
        var method = method(result);
        for (int i = 0; i < LABELS.size(); i++) {
            if (LABELS.get(i).getKey().equals(method)) {
                return i;
            }
        }
        return LABELS.size();
    }

    private static String label(RunResult result) {
        int position = position(result);
        return position < LABELS.size() ? LABELS.get(position).getValue() : method(result);
    }
}
