package cn.xkqz.indexer.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Latin words reach the model as it was trained: lower-cased, so each keeps its own meaning. */
class SemanticModelTest {

    static SemanticModel model;

    @BeforeAll
    static void load() {
        model = new SemanticModel(new SimpleMeterRegistry());
    }

    @AfterAll
    static void close() {
        model.destroy();
    }

    @Test
    void capitalisedWordsAreNotOneUnknownToken() {
        List<float[]> vectors = model.queries(List.of("MES", "VOCs", "mes")).block(Duration.ofSeconds(60));

        assertThat(vectors).isNotNull();
        assertThat(SemanticModel.cosine(vectors.get(0), vectors.get(1))).isLessThan(0.9);
        assertThat(SemanticModel.cosine(vectors.get(0), vectors.get(2))).isGreaterThan(0.9999);
    }
}
