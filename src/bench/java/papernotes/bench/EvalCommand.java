package papernotes.bench;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import papernotes.bench.eval.EvalQueriesReader;
import papernotes.bench.eval.EvaluationService;
import papernotes.bench.eval.SearchEvaluation;
import papernotes.cli.Output;
import papernotes.cli.PaperNotesCommand;
import papernotes.markdown.MarkdownText;
import papernotes.model.InvalidInputException;
import papernotes.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "eval",
        description = {
            "Measure search quality on a judged query set (JSON Lines, see docs/benchmarks.md):",
            "MRR@10, nDCG@10, Recall@10 and Success@1 for PaperNotes and, built in the same run over the same notes,",
            "SQLite FTS5 unicode61 and FTS5 trigram (with LIKE for words under three characters); then PaperNotes' misses."
        })
public final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    PaperNotesCommand root;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The query set.")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (var library = root.open()) {
            return run(library, new Output(root.terminal()));
        }
    }

    private int run(Library library, Output output) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read the query set '" + file + "': no such file.");
        } catch (MalformedInputException e) {
            throw new InvalidInputException("The query set '" + file + "' is not UTF-8 text.");
        }
        var queries = new EvalQueriesReader().read(text, file.toString());
        library.search().awaitIndex();
        library.search().startMeanings();
        library.search().awaitMeanings();
        var reports = new EvaluationService(library.notes(), library.search(), new MarkdownText()).evaluate(queries);
        output.line(String.format(
                Locale.ROOT,
                "%-20s %8s %8s %10s %10s",
                "system (" + queries.size() + " queries)",
                "MRR@10",
                "nDCG@10",
                "Recall@10",
                "Success@1"));
        for (var report : reports) {
            output.line(row(report.system(), report.overall()));
        }
        output.line("");
        output.line("by category:");
        for (var category : reports.getFirst().byCategory().keySet()) {
            for (var report : reports) {
                var summary = report.byCategory().get(category);
                output.line(row("  " + category + " (" + summary.queries() + ") " + report.system(), summary));
            }
        }
        output.line("");
        output.line("PaperNotes misses (first relevant note not ranked first):");
        for (var score : reports.getFirst().queries()) {
            if (score.mrr() < 1) {
                output.line(String.format(
                        Locale.ROOT,
                        "  [%s] %s  MRR %.2f  top: %s",
                        score.query().category(),
                        score.query().query(),
                        score.mrr(),
                        String.join(" | ", score.ranking().stream().limit(3).toList())));
            }
        }
        return 0;
    }

    private static String row(String name, SearchEvaluation.Summary summary) {
        return String.format(
                Locale.ROOT,
                "%-38s %8.3f %8.3f %10.3f %10.3f",
                name,
                summary.mrr(),
                summary.ndcg(),
                summary.recall(),
                summary.success());
    }
}
