package papernotes.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.HanlpSegmenter;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.Pinyin;

/// Throughput of each analysis chain that indexing runs (JMH; run by [AnalyzerBenchmarks]). One operation is one
/// pass over the whole [AnalyzerCorpus] (about 10 MB of note text), note by note as indexing hands it over, every
/// token's term read as UTF-8 bytes as the index writer reads it; MB/s = operations per second × the corpus' MB.
/// `noteDocument` is everything indexing analyzes for the same notes: the Lucene document built by
/// [NoteDocuments] (folded keys, pinyin of titles and labels) and every indexed field of it analyzed: the body
/// as bigrams and as its distinct characters, the labels as bigrams and words (docs/decisions/0011).
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalyzerBenchmark {

    private AnalyzerCorpus corpus;
    private NoteAnalyzers analyzers;
    private NoteDocuments documents;
    private Analyzer indexing;

    /// The corpus and the analyzers, built as [SearchEngine#open] builds them.
    @Setup
    public void setUp() {
        var entries = AnalyzerCorpus.glossary();
        corpus = AnalyzerCorpus.generate(entries);
        var folding = CharFolding.load();
        var segmenter = new HanlpSegmenter(new Glossary(entries, folding).chineseTerms());
        analyzers = new NoteAnalyzers(folding, segmenter);
        documents = new NoteDocuments(folding, new Pinyin(), segmenter);
        indexing = analyzers.indexing();
    }

    /// `body`, `title`, …: CJK bigrams, identifiers whole and by their parts.
    @Benchmark
    public long bigramField() throws IOException {
        return titlesAndBodies(analyzers.gramIndex(), Fields.BODY);
    }

    /// `title.w`, …: HanLP's dictionary words (the glossary's terms among them); run over the bodies as well, to
    /// compare with the bigram field (the body itself has had no word field since the second round of ADR 0011).
    @Benchmark
    public long wordField() throws IOException {
        return titlesAndBodies(analyzers.wordIndex(), Fields.TITLE + NoteAnalyzers.WORD_SUFFIX);
    }

    /// `all.u`: the distinct Chinese characters of each text.
    @Benchmark
    public long unigramField() throws IOException {
        return titlesAndBodies(analyzers.unigram(), NoteAnalyzers.UNIGRAM_FIELD);
    }

    /// Every indexed field of every note's document, with the analyzer indexing uses.
    @Benchmark
    public long noteDocument() throws IOException {
        long bytes = 0;
        for (var note : corpus.notes()) {
            for (IndexableField field : documents.document(note)) {
                if (field.fieldType().indexOptions() != IndexOptions.NONE) {
                    bytes += consume(field.tokenStream(indexing, null));
                }
            }
        }
        return bytes;
    }

    private long titlesAndBodies(Analyzer analyzer, String field) throws IOException {
        long bytes = 0;
        for (var note : corpus.notes()) {
            bytes += consume(analyzer.tokenStream(field, note.title()));
            bytes += consume(analyzer.tokenStream(field, note.text()));
        }
        return bytes;
    }

    /// Runs `stream` to its end; the bytes of its terms, so that nothing is optimised away.
    static long consume(TokenStream stream) throws IOException {
        long bytes = 0;
        try (stream) {
            var term = stream.getAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                bytes += term.getBytesRef().length;
            }
            stream.end();
        }
        return bytes;
    }
}
