package papernotes.bench.eval;

import java.util.Map;

/// A query of a search-quality test set, with graded judgments: each key is a case-insensitive regular expression
/// searched in note titles, its value the grade (2 relevant, 1 partly relevant); other notes are grade 0.
public record EvalQuery(String query, String category, Map<String, Integer> judgments) {

    public EvalQuery {
        judgments = Map.copyOf(judgments);
    }
}
