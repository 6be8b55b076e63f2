package papernotes.search.analysis;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/// The analyzers of the search index (docs/decisions/0004-bilingual-analysis-and-ranking.md). Every label field is
/// indexed
/// twice: as `name` with CJK bigrams (recall: any Chinese substring of two or more characters is a phrase of
/// bigrams) and as `name.w` with dictionary words (ranking: a real word scores above an incidental bigram); the
/// body once, with bigrams (docs/decisions/0011-index-at-100k-notes.md).
/// `all.u` holds single Chinese characters for one-character queries; `py.title` and `py` hold the pinyin of
/// titles and aliases, and of tags and topic names. Identifiers are whole,
/// lower-cased, never stemmed, and also indexed by their parts ([IdentifierFilter]).
public final class NoteAnalyzers {

    public static final String WORD_SUFFIX = ".w";
    public static final String UNIGRAM_FIELD = "all.u";
    public static final String PINYIN_FIELD = "py";
    public static final String TITLE_PINYIN_FIELD = "py.title";

    private final Analyzer gramIndex;
    private final Analyzer gramQuery;
    private final Analyzer wordIndex;
    private final Analyzer wordQuery;
    private final Analyzer unigram;
    private final Analyzer pinyin;
    private final CharFolding folding;

    public NoteAnalyzers(CharFolding folding, WordSegmenter segmenter) {
        this.folding = folding;
        this.gramIndex =
                analyzer(() -> new MixedScriptTokenizer(folding, Optional.empty()), NoteAnalyzers::bigrams, true);
        this.gramQuery =
                analyzer(() -> new MixedScriptTokenizer(folding, Optional.empty()), NoteAnalyzers::bigrams, false);
        this.wordIndex =
                analyzer(() -> new MixedScriptTokenizer(folding, Optional.of(segmenter)), Function.identity(), true);
        this.wordQuery =
                analyzer(() -> new MixedScriptTokenizer(folding, Optional.of(segmenter)), Function.identity(), false);
        this.unigram = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new CharacterSetTokenizer(folding));
            }
        };
        this.pinyin = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    private static TokenStream bigrams(TokenStream in) {
        return new CJKBigramFilter(
                in,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                false);
    }

    private static Analyzer analyzer(
            Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> middle, boolean stackParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                TokenStream stream = middle.apply(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new IdentifierFilter(stream, stackParts));
            }
        };
    }

    /// The analyzer to index documents with: by field-name convention.
    public Analyzer indexing() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.endsWith(WORD_SUFFIX)) {
                    return wordIndex;
                }
                return switch (fieldName) {
                    case UNIGRAM_FIELD -> unigram;
                    case PINYIN_FIELD, TITLE_PINYIN_FIELD -> pinyin;
                    default -> gramIndex;
                };
            }
        };
    }

    public Analyzer gramQuery() {
        return gramQuery;
    }

    public Analyzer wordQuery() {
        return wordQuery;
    }

    public Analyzer unigram() {
        return unigram;
    }

    public Analyzer gramIndex() {
        return gramIndex;
    }

    public Analyzer wordIndex() {
        return wordIndex;
    }

    public CharFolding folding() {
        return folding;
    }
}
