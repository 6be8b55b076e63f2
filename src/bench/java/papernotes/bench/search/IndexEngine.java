package papernotes.bench.search;

import java.util.List;

/// One engine of the comparison, as the latency measurement calls it.
interface IndexEngine {

    String name();

    /// The best 10 ids for `query`; with `snippets`, their snippets are made too.
    List<String> search(String query, boolean snippets);
}
