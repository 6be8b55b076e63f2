package papernotes.search;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/// Runs [AnalyzerBenchmark] and [AnalyzerLoadBenchmark], writes JMH's JSON to [#RESULT] and prints the figures
/// as the table of docs/benchmarks.md: throughput in MB/s of note text, load times in ms.
/// `mvn -Pjmh test-compile exec:exec`; JMH's own options may be given after the class name (then
/// `-Djmh.args="…"`), a benchmark pattern among them to run fewer.
public final class AnalyzerBenchmarks {

    static final String RESULT = "target/jmh-analyzers.json";

    private static final Map<String, String> LABELS = Map.of(
            "bigramField", "bigram field (`body`, `title`, …)",
            "wordField", "word field (`body.w`, …, HanLP)",
            "unigramField", "unigram field (`all.u`)",
            "noteDocument", "whole note document (every indexed field, pinyin)",
            "charFolding", "folding table (Traditional → Simplified)",
            "pinyinTable", "pinyin4j table",
            "hanlpSegmenter", "HanLP dictionaries + glossary words",
            "firstNote", "all analysis, up to the first note analyzed");

    private AnalyzerBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        var given = new CommandLineOptions(args);
        var options = new OptionsBuilder().parent(given).resultFormat(ResultFormatType.JSON).result(RESULT);
        if (given.getIncludes().isEmpty()) {
            options.include(AnalyzerBenchmark.class.getName() + "\\.").include(AnalyzerLoadBenchmark.class.getName() + "\\.");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results);
    }

    private static void print(Collection<RunResult> results) {
        var corpus = AnalyzerCorpus.generate(AnalyzerCorpus.glossary());
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nJDK %s, %d cores; corpus %.2f MB of note text in %,d notes; JSON in %s%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), corpus.megabytes(),
                corpus.notes().size(), RESULT));
        out.append("| analyzer chain | MB/s | ± error (99.9 %) |\n| --- | ---: | ---: |\n");
        for (var result : results) {
            var primary = result.getPrimaryResult();
            if (primary.getScoreUnit().equals("ops/s")) {
                out.append(row(result, primary.getScore() * corpus.megabytes(),
                        primary.getScoreError() * corpus.megabytes()));
            }
        }
        out.append("\n| loaded cold, in a fresh JVM | ms | ± error (99.9 %) |\n| --- | ---: | ---: |\n");
        for (var result : results) {
            var primary = result.getPrimaryResult();
            if (primary.getScoreUnit().equals("ms/op")) {
                out.append(row(result, primary.getScore(), primary.getScoreError()));
            }
        }
        System.out.println(out);
    }

    private static String row(RunResult result, double score, double error) {
        var benchmark = result.getParams().getBenchmark();
        var method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return String.format(Locale.ROOT, "| %s | %.1f | %s |%n", LABELS.getOrDefault(method, method), score,
                Double.isNaN(error) ? "–" : String.format(Locale.ROOT, "%.1f", error));
    }
}
