package papernotes.bench.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/// Queries stratified like the evaluation set: the same number of each kind, made of the corpus's own words so
/// that they find notes, drawn by the same Zipf's law (frequent words more often, as people search).
final class BenchQueries {

    static final List<String> CATEGORIES = List.of("zh", "en", "mixed", "xlang", "typo", "abbr", "question");

    private BenchQueries() {}

    /// At least `count` queries, the same number of each kind, in a seeded order.
    static List<BenchQuery> of(CorpusGenerator corpus, int count, long seed) {
        var random = new Random(seed ^ 0x5eed_0001L);
        var vocabulary = corpus.vocabulary();
        var domain = new Zipf<>(vocabulary.chineseDomain(), 1.0);
        var englishDomain = new Zipf<>(vocabulary.englishDomain(), 1.0);
        var identifiers = corpus.identifierWords();
        var shortNames = vocabulary.identifiers().stream()
                .limit(CorpusVocabulary.KNOWN_IDENTIFIERS.size())
                .filter(name -> name.length() <= 5)
                .toList();
        int each = (count + CATEGORIES.size() - 1) / CATEGORIES.size();
        var queries = new ArrayList<BenchQuery>();
        for (int i = 0; i < each; i++) {
            queries.add(new BenchQuery(
                    "zh",
                    random.nextBoolean()
                            ? domain.draw(random)
                            : corpus.chineseWords().draw(random)));
            queries.add(
                    new BenchQuery("en", random.nextBoolean() ? identifiers.draw(random) : englishDomain.draw(random)));
            queries.add(new BenchQuery("mixed", domain.draw(random) + " " + identifiers.draw(random)));
            queries.add(new BenchQuery("xlang", englishDomain.draw(random)));
            queries.add(new BenchQuery("typo", typo(identifiers, random)));
            queries.add(new BenchQuery(
                    "abbr", shortNames.get(random.nextInt(shortNames.size())).toUpperCase(Locale.ROOT)));
            queries.add(new BenchQuery(
                    "question",
                    random.nextBoolean()
                            ? "如何用" + identifiers.draw(random) + "做" + domain.draw(random) + "？"
                            : "what is " + englishDomain.draw(random) + " in " + identifiers.draw(random)));
        }
        Collections.shuffle(queries, random);
        return List.copyOf(queries);
    }

    /// An identifier of five or more letters with one letter changed, lower case (`stylegan2` → `stylgan2`).
    private static String typo(Zipf<String> identifiers, Random random) {
        String name;
        do {
            name = identifiers.draw(random).toLowerCase(Locale.ROOT);
        } while (name.length() < 5);
        int at = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }
}
