package papernotes.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import papernotes.model.GlossaryEntry;
import papernotes.search.analysis.CharFolding;
import papernotes.search.analysis.HanlpSegmenter;
import papernotes.search.analysis.NoteAnalyzers;
import papernotes.search.analysis.Pinyin;

/// Load time of the analyzers' dictionaries and tables, cold: each measurement is the first call in a fresh JVM
/// (JMH single-shot, no warm-up, one fork per sample), as when the application starts. The glossary is read
/// beforehand (reading YAML is not analysis); every other piece loads inside the measurement. The lazy ones are
/// used once so that they load: HanLP reads its core dictionary and bigram table at the first segmentation,
/// pinyin4j its table at the first look-up.
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 5, jvmArgsAppend = "-Dfile.encoding=UTF-8")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class AnalyzerLoadBenchmark {

    private static final String SENTENCE = "基于注意力的换脸模型在高清人脸上的超分辨率重建";

    /// The shipped glossary's entries.
    @State(Scope.Benchmark)
    public static class Entries {
        List<GlossaryEntry> entries;

        @Setup
        public void setUp() {
            entries = AnalyzerCorpus.glossary();
        }
    }

    /// The shipped glossary's Chinese terms, HanLP's extra dictionary words.
    @State(Scope.Benchmark)
    public static class Terms {
        Set<String> terms;

        @Setup
        public void setUp() {
            terms = new Glossary(AnalyzerCorpus.glossary(), CharFolding.load()).chineseTerms();
        }
    }

    /// Full-width and Traditional → Simplified folding table.
    @Benchmark
    public CharFolding charFolding() {
        return CharFolding.load();
    }

    /// pinyin4j's reading table, loaded by the first spelling.
    @Benchmark
    public Set<String> pinyinTable() {
        return new Pinyin().spellings("换脸");
    }

    /// HanLP's dictionaries and the glossary's words, loaded by a segmenter's construction and first sentence.
    @Benchmark
    public Object hanlpSegmenter(Terms terms) {
        return new HanlpSegmenter(terms.terms).segment(SENTENCE);
    }

    /// All of the above, as [SearchEngine#open] builds the analysis (without opening the index), up to the
    /// first note analyzed: the time indexing waits before its first note.
    @Benchmark
    public long firstNote(Entries entries) throws IOException {
        var folding = CharFolding.load();
        var segmenter = new HanlpSegmenter(new Glossary(entries.entries, folding).chineseTerms());
        var indexing = new NoteAnalyzers(folding, segmenter).indexing();
        var documents = new NoteDocuments(folding, new Pinyin(), segmenter);
        var note = new IndexedNote(
                "n1",
                "换脸 FaceSwap",
                List.of(),
                List.of("超分"),
                List.of("Face Swap"),
                List.of("Face Swap"),
                List.of(),
                SENTENCE,
                "",
                0L);
        long bytes = 0;
        for (IndexableField field : documents.document(note)) {
            if (field.fieldType().indexOptions() != IndexOptions.NONE) {
                bytes += AnalyzerBenchmark.consume(field.tokenStream(indexing, null));
            }
        }
        return bytes;
    }
}
