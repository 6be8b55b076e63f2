package papernotes.bench.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import papernotes.model.GlossaryEntry;
import papernotes.model.NoteId;
import papernotes.model.TopicPath;

/// A deterministic generator of bilingual paper notes: Chinese prose with English terms and identifiers in it,
/// sometimes glued to the Chinese (`提取blending注意力`), headings and lists, bodies of 0.3 to 8 KB (log-uniform).
/// Note `i` depends only on the seed and `i`, so a corpus of 1,000 notes is the start of one of 100,000.
/// Of the words of a sentence, about 40 % are general Chinese words, 15 % domain terms in Chinese, 23 % filler
/// words, 10 % English words, 4 % English domain terms and 8 % identifiers, each list drawn by Zipf's law.
public final class CorpusGenerator {

    static final List<String> SHIPPED_TOPICS = List.of(
            "Face Swap", "Super Resolution", "ViT Transformer", "3D Face Reconstruction", "3D Human Digitization");
    private static final Instant EPOCH = Instant.parse("2021-01-01T00:00:00Z");

    private final long seed;
    private final CorpusVocabulary vocabulary;
    private final Zipf<String> chinese;
    private final Zipf<String> chineseDomain;
    private final Zipf<String> function;
    private final Zipf<String> english;
    private final Zipf<String> englishDomain;
    private final Zipf<String> identifiers;
    private final List<TopicPath> topics;
    private final Zipf<String> tags;

    public CorpusGenerator(long seed, List<GlossaryEntry> glossary) {
        this.seed = seed;
        vocabulary = CorpusVocabulary.of(seed, glossary);
        chinese = new Zipf<>(vocabulary.chinese(), 1.0);
        chineseDomain = new Zipf<>(vocabulary.chineseDomain(), 1.0);
        function = new Zipf<>(vocabulary.function(), 0.8);
        english = new Zipf<>(vocabulary.english(), 1.0);
        englishDomain = new Zipf<>(vocabulary.englishDomain(), 1.0);
        identifiers = new Zipf<>(vocabulary.identifiers(), 1.0);
        var paths = new ArrayList<TopicPath>();
        SHIPPED_TOPICS.forEach(name -> paths.add(TopicPath.of(name)));
        for (int i = 0; i < 20; i++) {
            var parent = SHIPPED_TOPICS.get(i % SHIPPED_TOPICS.size());
            var name = vocabulary.english().get(i * 7);
            paths.add(TopicPath.of(parent, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        }
        topics = List.copyOf(paths);
        var tagNames = new ArrayList<String>();
        for (int i = 0; i < 300; i++) {
            tagNames.add(
                    i % 3 == 0
                            ? vocabulary
                                    .chineseDomain()
                                    .get(i % vocabulary.chineseDomain().size())
                            : vocabulary.english().get(1000 + i)
                                    + (i % 3 == 1
                                            ? ""
                                            : "-" + vocabulary.english().get(2000 + i)));
        }
        tags = new Zipf<>(List.copyOf(new LinkedHashSet<>(tagNames)), 1.0);
    }

    public long seed() {
        return seed;
    }

    CorpusVocabulary vocabulary() {
        return vocabulary;
    }

    Zipf<String> chineseWords() {
        return chinese;
    }

    Zipf<String> identifierWords() {
        return identifiers;
    }

    /// Note `index` of the corpus.
    public CorpusNote note(int index) {
        var random = new Random(seed * 1_000_003L + index);
        var id = NoteId.random(random);
        var title = title(random);
        var topic = topics.get(Math.min(topics.size() - 1, (int) Math.abs(random.nextGaussian() * 6)));
        var noteTags = new LinkedHashSet<String>();
        int tagCount = 1 + random.nextInt(4);
        for (int i = 0; i < tagCount; i++) {
            noteTags.add(tags.draw(random));
        }
        // log-uniform between 300 bytes and 8 KB
        int target =
                (int) Math.round(Math.exp(Math.log(300) + random.nextDouble() * (Math.log(8_000) - Math.log(300))));
        var created = EPOCH.plus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
        var updated = created.plus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
        return new CorpusNote(id, title, topic, List.copyOf(noteTags), body(random, target), created, updated);
    }

    /// The first `count` notes.
    public List<CorpusNote> notes(int count) {
        var notes = new ArrayList<CorpusNote>(count);
        for (int i = 0; i < count; i++) {
            notes.add(note(i));
        }
        return notes;
    }

    private String title(Random random) {
        var name = identifiers.draw(random);
        return switch (random.nextInt(5)) {
            case 0, 1 -> name + ": " + words(random, 3 + random.nextInt(4), true);
            case 2 -> name + " " + chineseDomain.draw(random) + chinese.draw(random);
            case 3 -> chineseDomain.draw(random) + chinese.draw(random) + "的" + chinese.draw(random);
            default -> name + " " + english.draw(random) + " " + englishDomain.draw(random);
        };
    }

    private String words(Random random, int count, boolean englishOnly) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(englishOnly && random.nextBoolean() ? englishDomain.draw(random) : english.draw(random));
        }
        return text.toString();
    }

    private String body(Random random, int targetBytes) {
        var body = new StringBuilder();
        int bytes = 0;
        int paragraph = 0;
        while (bytes < targetBytes) {
            var block = new StringBuilder();
            if (paragraph > 0 && random.nextInt(4) == 0) {
                block.append("## ")
                        .append(sentence(random, 2 + random.nextInt(3), false))
                        .append("\n\n");
            }
            if (random.nextInt(5) == 0) {
                int items = 2 + random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    block.append("- ")
                            .append(sentence(random, 4 + random.nextInt(8), true))
                            .append('\n');
                }
            } else {
                int sentences = 2 + random.nextInt(5);
                for (int i = 0; i < sentences; i++) {
                    block.append(sentence(random, 6 + random.nextInt(20), true));
                }
                block.append('\n');
            }
            block.append('\n');
            body.append(block);
            bytes += block.toString().getBytes(StandardCharsets.UTF_8).length;
            paragraph++;
        }
        return body.toString().strip() + "\n";
    }

    /// A sentence of `count` words: Chinese words run together, English words spaced, an English word next to
    /// Chinese glued to it half of the time.
    private String sentence(Random random, int count, boolean punctuated) {
        var text = new StringBuilder();
        boolean previousLatin = false;
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            String word;
            boolean latin;
            if (kind < 0.40) {
                word = chinese.draw(random);
                latin = false;
            } else if (kind < 0.55) {
                word = chineseDomain.draw(random);
                latin = false;
            } else if (kind < 0.78) {
                word = function.draw(random);
                latin = false;
            } else if (kind < 0.88) {
                word = english.draw(random);
                latin = true;
            } else if (kind < 0.92) {
                word = englishDomain.draw(random);
                latin = true;
            } else {
                word = identifiers.draw(random);
                latin = true;
            }
            if (i > 0 && (latin && previousLatin || (latin != previousLatin && random.nextBoolean()))) {
                text.append(' ');
            }
            if (punctuated && i > 0 && i % (4 + random.nextInt(6)) == 0) {
                text.append(latin ? ", " : "，");
            }
            text.append(word);
            previousLatin = latin;
        }
        if (punctuated) {
            text.append(previousLatin ? ". " : "。");
        }
        return text.toString();
    }
}
