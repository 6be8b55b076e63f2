package papernotes.bench.search;

import java.util.List;
import java.util.Optional;
import papernotes.service.SearchService;

/// The engines compared, each called the way its users would call it for a results list.
final class Engines {

    private Engines() {}

    /// PaperNotes through its service: ids only (`searchIds`), or the list as the window shows it (`search`:
    /// summaries from the library and highlighted snippets); `byWordsOnly` while its meaning vectors are in use,
    /// for the row beside the one that has them.
    record PaperNotes(SearchService search, boolean byWordsOnly) implements IndexEngine {

        PaperNotes(SearchService search) {
            this(search, false);
        }

        @Override
        public String name() {
            return byWordsOnly ? "PaperNotes words only" : "PaperNotes";
        }

        @Override
        public List<String> search(String query, boolean snippets) {
            if (byWordsOnly || !snippets) {
                return search.searchIds(query, SearchBenchmark.TOP, !byWordsOnly);
            }
            return search.search(query, SearchBenchmark.TOP, Optional.empty(), Optional.empty()).hits().stream()
                    .map(hit -> hit.note().id().value())
                    .toList();
        }
    }

    record Fts5(String name, Fts5Baseline baseline) implements IndexEngine {
        @Override
        public List<String> search(String query, boolean snippets) {
            return snippets
                    ? baseline.searchWithSnippets(query, SearchBenchmark.TOP).stream()
                            .map(Fts5Baseline.Hit::id)
                            .toList()
                    : baseline.search(query, SearchBenchmark.TOP);
        }
    }

    record Scan(BruteForceScan scan) implements IndexEngine {
        @Override
        public String name() {
            return "brute-force scan";
        }

        @Override
        public List<String> search(String query, boolean snippets) {
            return scan.search(query, SearchBenchmark.TOP, snippets).stream()
                    .map(BruteForceScan.Hit::id)
                    .toList();
        }
    }
}
