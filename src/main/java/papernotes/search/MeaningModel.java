package papernotes.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Executor;

/// A local sentence-embedding model, BGE small zh v1.5 (quantized, 512 dimensions, Chinese and English): turns a
/// text into a vector whose direction stands for its meaning, for search by similar meaning
/// (docs/decisions/0015). It runs on one thread, so that computing the library's vectors in the background takes
/// one core at most. Loading it takes time and memory (docs/benchmarks.md): never on the start-up path.
public final class MeaningModel implements AutoCloseable {

    /// The model's name, kept with every vector: vectors of another model are computed again.
    public static final String NAME = "bge-small-zh-v1.5-q";
    public static final int DIMENSIONS = 512;
    private static final String MODEL = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";

    private final OrtSession session;
    private final Encoder encoder;

    private MeaningModel(OrtSession session, Encoder encoder) {
        this.session = session;
        this.encoder = encoder;
    }

    /// Loads the model from the class path. DJL unpacks its tokenizer library into `DJL_CACHE_DIR` (a system
    /// property the composition root points into the data folder).
    public static MeaningModel load() {
        try (InputStream model = resource(MODEL);
                InputStream tokenizer = resource(TOKENIZER)) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // packed copies of the weights cost resident memory and saved no time here (docs/benchmarks.md)
            options.addConfigEntry("session.disable_prepacking", "1");
            var session = environment.createSession(model.readAllBytes(), options);
            var bert = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            return new MeaningModel(session, new Encoder(bert));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the meaning model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot start the meaning model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(MeaningModel.class.getResourceAsStream(name), "the build left out " + name);
    }

    /// The unit vector of `text` ([#DIMENSIONS] numbers).
    public float[] embed(String text) {
        return encoder.embed(text.isBlank() ? " " : text).content().vector();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /// langchain4j's in-process model around our own session (its own would use every core).
    private static final class Encoder extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder bert;

        Encoder(OnnxBertBiEncoder bert) {
            super((Executor) Runnable::run);
            this.bert = bert;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
