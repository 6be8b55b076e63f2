package papernotes.search;

import java.nio.file.Path;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import papernotes.service.GlossarySource;

/// A developer's aid, not a test: prints Lucene's explanation of the top hits for a query over an existing data
/// folder's index. `java -cp … papernotes.search.ExplainForDevelopers DATA_DIR QUERY [N]`
public final class ExplainForDevelopers {

    private ExplainForDevelopers() {}

    public static void main(String[] args) throws Exception {
        var glossary = new GlossarySource(Path.of(args[0])).load().entries();
        try (var engine = SearchEngine.open(Path.of(args[0]).resolve("index"), glossary)) {
            var known = new Glossary(glossary, engine.analyzers().folding());
            var factory = new QueryFactory(
                    engine.analyzers(),
                    known,
                    engine.bridge(known),
                    engine.segmenter(),
                    engine.fineSegmenter(),
                    Boolean.getBoolean("typos") ? QueryFactory.Typos.TOLERATED : QueryFactory.Typos.EXACT);
            var parsed = new QuerySyntax().parse(args[1]).root().orElseThrow();
            var query = new BooleanQuery.Builder()
                    .add(factory.build(parsed, !Boolean.getBoolean("relaxed")).query(), Occur.MUST)
                    .build();
            if (Boolean.getBoolean("print")) {
                System.out.println(query);
            }
            engine.index().withSearcher(searcher -> {
                var top = searcher.search(query, Integer.parseInt(args.length > 2 ? args[2] : "3"));
                for (var hit : top.scoreDocs) {
                    System.out.println(NoteSearcher.id(searcher, hit.doc) + " " + hit.score);
                    System.out.println(searcher.explain(query, hit.doc));
                }
                return null;
            });
        }
    }
}
