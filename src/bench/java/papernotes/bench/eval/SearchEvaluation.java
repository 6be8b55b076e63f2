package papernotes.bench.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/// Measures ranking quality on a judged query set: MRR@10 (first grade-2 hit), nDCG@10 (gain 2^g − 1),
/// Recall@10 (grade-2 notes in the top 10) and Success@1, per query, per category and overall.
public final class SearchEvaluation {

    public static final int DEPTH = 10;

    /// Scores of one query for one system.
    public record QueryScore(
            EvalQuery query, List<String> ranking, double mrr, double ndcg, double recall, double success) {}

    /// Averages over a set of queries.
    public record Summary(int queries, double mrr, double ndcg, double recall, double success) {}

    /// A system's scores: overall, by category (in first-seen order) and per query.
    public record Report(String system, Summary overall, Map<String, Summary> byCategory, List<QueryScore> queries) {}

    private final List<String> titles;

    /// `titles`: the title of every note that can be found, for the ideal ranking of nDCG and for Recall.
    public SearchEvaluation(List<String> titles) {
        this.titles = List.copyOf(titles);
    }

    /// Runs every query through `system` (query → titles in rank order) and scores it.
    public Report evaluate(String name, List<EvalQuery> queries, Function<String, List<String>> system) {
        var scores = new ArrayList<QueryScore>();
        for (EvalQuery query : queries) {
            scores.add(score(query, system.apply(query.query())));
        }
        var byCategory = new LinkedHashMap<String, List<QueryScore>>();
        scores.forEach(s -> byCategory
                .computeIfAbsent(s.query().category(), k -> new ArrayList<>())
                .add(s));
        var summaries = new LinkedHashMap<String, Summary>();
        byCategory.forEach((category, list) -> summaries.put(category, summarize(list)));
        return new Report(name, summarize(scores), summaries, List.copyOf(scores));
    }

    QueryScore score(EvalQuery query, List<String> ranking) {
        var top = ranking.subList(0, Math.min(DEPTH, ranking.size()));
        double mrr = 0;
        double dcg = 0;
        int relevantFound = 0;
        for (int i = 0; i < top.size(); i++) {
            int grade = grade(query, top.get(i));
            if (grade >= 2 && mrr == 0) {
                mrr = 1.0 / (i + 1);
            }
            if (grade >= 2) {
                relevantFound++;
            }
            dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
        }
        var ideal = titles.stream()
                .map(t -> grade(query, t))
                .filter(g -> g > 0)
                .sorted(Comparator.reverseOrder())
                .limit(DEPTH)
                .toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        long relevant = titles.stream().filter(t -> grade(query, t) >= 2).count();
        double recall = relevant == 0 ? 0 : (double) relevantFound / Math.min(relevant, DEPTH);
        double success = !top.isEmpty() && grade(query, top.getFirst()) >= 2 ? 1 : 0;
        return new QueryScore(query, top, mrr, idcg == 0 ? 0 : dcg / idcg, recall, success);
    }

    static int grade(EvalQuery query, String title) {
        int best = 0;
        for (var judgment : query.judgments().entrySet()) {
            if (Pattern.compile(judgment.getKey(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(title)
                    .find()) {
                best = Math.max(best, judgment.getValue());
            }
        }
        return best;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static Summary summarize(List<QueryScore> scores) {
        if (scores.isEmpty()) {
            return new Summary(0, 0, 0, 0, 0);
        }
        return new Summary(
                scores.size(),
                scores.stream().mapToDouble(QueryScore::mrr).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::recall).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::success).average().orElse(0));
    }
}
