package cn.xkqz.indexer.semantic;

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

/**
 * bge-small-zh-v1.5 (quantised) from the langchain4j jar, on an ONNX Runtime session that computes each
 * text on the calling thread alone. ONNX Runtime's default gives every inference a thread per core that
 * spins while it waits: with {@link SemanticModel}'s thread per core that oversubscribed the cores (and
 * took them from Elasticsearch), 1.7× slower than one thread per inference (docs/benchmarks.md).
 */
final class BgeSmallZh extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeSmallZh(Executor executor) {
        super(executor);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(modelBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + MODEL, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] modelBytes() throws IOException {
        try (InputStream in = resource(MODEL)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(BgeSmallZh.class.getClassLoader().getResourceAsStream(name), name);
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SemanticModel.DIMENSIONS;
    }
}
