package papernotes.bench.search;

import java.util.List;
import java.util.Map;

/// What `papernotes bench --notes N` measured, in one run on one corpus: PaperNotes and its baselines side by side.
public record BenchReport(
        Environment environment, Corpus corpus, List<Build> builds, List<Latency> latencies, Nrt nrt) {

    /// Where it ran.
    public record Environment(
            String date, String os, int cores, long memoryBytes, String jdk, String lucene, String sqlite) {}

    /// The corpus: its seed, size, and how long making and storing it took (not part of any build).
    public record Corpus(
            long seed, int notes, long textBytes, int queries, double generateSeconds, double fillSeconds) {}

    /// A full build from the library's rows to a committed index, searchable; then (PaperNotes) how long the
    /// merge of the built segments went on in the background (not part of the build: searches answer meanwhile).
    /// The index is measured after that merge.
    public record Build(
            String engine,
            double seconds,
            double notesPerSecond,
            double megabytesPerSecond,
            long indexBytes,
            double indexToText,
            double mergeSeconds) {}

    /// Query latency of one engine at one stage (`ids`: the best 10 ids; `snippets`: with their snippets), overall
    /// and for each kind of query.
    public record Latency(String engine, String stage, Percentiles all, Map<String, Percentiles> byCategory) {}

    /// Save → visible in search: the save call itself and until a search finds the saved word, on a quiet library
    /// and under a background load of edits.
    public record Nrt(
            Percentiles save,
            Percentiles visible,
            Percentiles saveUnderLoad,
            Percentiles visibleUnderLoad,
            double backgroundEditsPerSecond) {}
}
