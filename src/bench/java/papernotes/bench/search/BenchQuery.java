package papernotes.bench.search;

/// A benchmark query: what is typed, and its kind (the categories of the evaluation set: `zh`, `en`, `mixed`,
/// `xlang`, `typo`, `abbr`, `question`).
public record BenchQuery(String category, String text) {}
