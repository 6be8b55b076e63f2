package papernotes.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import papernotes.bench.search.Fts5Baseline;
import papernotes.markdown.MarkdownText;
import papernotes.model.NoteFilter;
import papernotes.service.MeaningUpkeep;
import papernotes.service.NoteService;
import papernotes.service.SearchService;

/// Runs a judged query set through PaperNotes search and, built in the same run over the same notes, SQLite FTS5
/// (`unicode61`) and FTS5 `trigram` with a `LIKE` scan for short words.
public final class EvaluationService {

    private final NoteService notes;
    private final SearchService search;
    private final MarkdownText markdown;

    public EvaluationService(NoteService notes, SearchService search, MarkdownText markdown) {
        this.notes = notes;
        this.search = search;
        this.markdown = markdown;
    }

    /// Reports for PaperNotes, FTS5 unicode61 and FTS5 trigram+LIKE, in that order; then, when the notes' meaning
    /// vectors are in use, PaperNotes by words alone.
    public List<SearchEvaluation.Report> evaluate(List<EvalQuery> queries) {
        var summaries = notes.list(NoteFilter.ALL);
        var titleById = new HashMap<String, String>();
        var documents = new ArrayList<Fts5Baseline.Document>();
        for (var summary : summaries) {
            var note = notes.get(summary.id()).note();
            titleById.put(note.id().value(), note.title());
            var text = String.join(
                    "\n",
                    note.topic().toString(),
                    String.join(" ", note.tags()),
                    String.join(" ", note.aliases()),
                    markdown.plainText(note.body()));
            documents.add(new Fts5Baseline.Document(note.id().value(), note.title(), text));
        }
        var evaluation = new SearchEvaluation(List.copyOf(titleById.values()));
        var reports = new ArrayList<SearchEvaluation.Report>();
        reports.add(evaluation.evaluate(
                "PaperNotes",
                queries,
                q -> search.searchIds(q, SearchEvaluation.DEPTH).stream()
                        .map(titleById::get)
                        .filter(Objects::nonNull)
                        .toList()));
        for (var tokenizer : Fts5Baseline.Tokenizer.values()) {
            try (var baseline = new Fts5Baseline(tokenizer, documents)) {
                var name = tokenizer == Fts5Baseline.Tokenizer.TRIGRAM ? "FTS5 trigram+LIKE" : "FTS5 unicode61";
                reports.add(evaluation.evaluate(
                        name,
                        queries,
                        q -> baseline.search(q, SearchEvaluation.DEPTH).stream()
                                .map(titleById::get)
                                .toList()));
            }
        }
        if (search.meaningStatus().map(MeaningUpkeep.Status::ready).orElse(false)) {
            reports.add(evaluation.evaluate(
                    "PaperNotes words only",
                    queries,
                    q -> search.searchIds(q, SearchEvaluation.DEPTH, false).stream()
                            .map(titleById::get)
                            .filter(Objects::nonNull)
                            .toList()));
        }
        return List.copyOf(reports);
    }
}
