package papernotes.service.bench;

import java.util.List;
import java.util.Optional;

import papernotes.service.SearchService;
import papernotes.storage.Fts5Baseline;

/// The engines compared, each called the way its users would call it for a results list.
final class Engines {

    private Engines() {
    }

    /// PaperNotes through its service: ids only (`searchIds`), or the list as the window shows it (`search`:
    /// summaries from the library and highlighted snippets).
    record PaperNotes(SearchService search) implements IndexEngine {
        @Override
        public String name() {
            return "PaperNotes";
        }

        @Override
        public List<String> search(String query, boolean snippets) {
            if (!snippets) {
                return search.searchIds(query, SearchBenchmark.TOP);
            }
            return search.search(query, SearchBenchmark.TOP, Optional.empty(), Optional.empty()).hits().stream()
                    .map(hit -> hit.note().id().value()).toList();
        }
    }

    /// PaperNotes by its words alone, while its meaning vectors are in use (the row beside it has them).
    record PaperNotesByWords(SearchService search) implements IndexEngine {
        @Override
        public String name() {
            return "PaperNotes words only";
        }

        @Override
        public List<String> search(String query, boolean snippets) {
            return search.searchIds(query, SearchBenchmark.TOP, false);
        }
    }

    record Fts5(String name, Fts5Baseline baseline) implements IndexEngine {
        @Override
        public List<String> search(String query, boolean snippets) {
            return snippets ? baseline.searchWithSnippets(query, SearchBenchmark.TOP).stream().map(Fts5Baseline.Hit::id).toList()
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
            return scan.search(query, SearchBenchmark.TOP, snippets).stream().map(BruteForceScan.Hit::id).toList();
        }
    }
}
