package papernotes.search;

import java.util.List;
import papernotes.search.analysis.NoteAnalyzers;

/// Field names of the index and the weight each gets when a query word matches in it.
final class Fields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String TAGS = "tags";
    static final String TOPIC = "topic";
    static final String HEADINGS = "headings";
    static final String BODY = "body";
    static final String META = "meta";
    /// Folded title and aliases, whole, for "the query names this note".
    static final String EXACT = "exact";
    /// Folded tags and topic paths, whole, for filters.
    static final String TAG_KEY = "tag.k";
    static final String TOPIC_KEY = "topic.k";
    /// The reading status (`to-read`, `reading`, `read`), for filters.
    static final String STATUS_KEY = "status.k";
    static final String UPDATED = "updated";
    /// How much the note is about what it mentions ([Focus]): a factor of its score.
    static final String FOCUS = "focus";
    /// Term pairs the note teaches ([TermPairMiner]), each both ways: `感受野␟receptive field` and
    /// `receptive field␟感受野`; one-word English pairs in [#WEAK_PAIRS].
    static final String PAIRS = "pairs";
    static final String WEAK_PAIRS = "pairs.weak";
    /// The note's meaning vector ([Meanings]), for notes of similar meaning.
    static final String MEANING = "meaning";

    /// A searchable text field with two weights: `word` for a match of a whole word or identifier (in the word
    /// field `name.w`), `part` for a Chinese substring that is not a word there (in the bigram field `name`).
    /// Labels (title, tags, topic) weigh whole words much more than parts of words: the query `分辨率` is about
    /// resolution, not about every note filed under 超分辨率. The body, most of the index, is analysed once
    /// (`words` false): its bigram field holds its English words and identifiers too, and a Chinese word in it
    /// scores as the substring it is (docs/decisions/0011-index-at-100k-notes.md).
    record Weighted(String name, float word, float part, boolean words) {

        Weighted(String name, float word, float part) {
            this(name, word, part, true);
        }

        /// Where whole words and identifiers are looked up: `name.w`, or the bigram field itself.
        String wordField() {
            return words ? name + NoteAnalyzers.WORD_SUFFIX : name;
        }
    }

    static final List<Weighted> TEXT = List.of(
            new Weighted(TITLE, 6f, 3f),
            new Weighted(ALIASES, 5f, 2.5f),
            new Weighted(TAGS, 4f, 1f),
            new Weighted(TOPIC, 2.5f, 0.4f),
            new Weighted(HEADINGS, 2.5f, 1.5f),
            new Weighted(BODY, 1f, 1f, false),
            new Weighted(META, 0.5f, 0.3f));

    static final List<Weighted> TITLES = List.of(new Weighted(TITLE, 6f, 3f), new Weighted(ALIASES, 5f, 2.5f));

    private Fields() {}
}
