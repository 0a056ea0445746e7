package cn.xkqz.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Vectors go to Elasticsearch with six decimals: cheap to write, and the same cosines. */
class VectorJsonTest {

    @Test
    void numbersHaveSixDecimalsAtMostAndNoTrailingZeros() {
        assertThat(format(0.068725586f)).isEqualTo("0.068726");
        assertThat(format(-0.0005f)).isEqualTo("-0.0005");
        assertThat(format(-0.000001f)).isEqualTo("-0.000001");
        assertThat(format(0.1f)).isEqualTo("0.1");
        assertThat(format(1f)).isEqualTo("1");
        assertThat(format(0f)).isEqualTo("0");
        assertThat(format(-0.0000004f)).isEqualTo("0");
        assertThatThrownBy(() -> format(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentsVectorIsWrittenThatWayAndReadsBackAsTheSameVector() {
        float[] vector = new float[512];
        Random random = new Random(7);
        for (int i = 0; i < vector.length; i++) {
            vector[i] = Float.float16ToFloat(Float.floatToFloat16((float) (random.nextGaussian() * 0.044)));
        }

        String json = serialize(document(vector));

        String numbers = json.substring(json.indexOf("\"vector\":[") + 10, json.lastIndexOf(']'));
        String[] written = numbers.split(",");
        assertThat(written).hasSize(512).allSatisfy(n -> assertThat(n).matches("-?\\d+(\\.\\d{1,6})?"));
        float[] read = new float[written.length];
        for (int i = 0; i < written.length; i++) {
            read[i] = Float.parseFloat(written[i]);
            assertThat(read[i]).isCloseTo(vector[i], within(0.0000006f));
        }
        assertThat(cosine(read, vector)).isCloseTo(1, within(0.00001));
    }

    private static String format(float value) {
        StringBuilder json = new StringBuilder();
        VectorJson.append(json, value);
        return json.toString();
    }

    private static String serialize(SolutionDocument document) {
        JsonpMapper mapper = new Jackson3JsonpMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            mapper.serialize(document, generator);
        }
        return out.toString();
    }

    private static SolutionDocument document(float[] vector) {
        return new SolutionDocument(
                "id",
                "provider",
                "服务商",
                "名称",
                "简介",
                "描述",
                List.of(),
                "",
                List.of("GENERAL"),
                List.of("QUALITY"),
                "SAAS",
                0,
                1,
                30,
                true,
                Instant.EPOCH,
                null,
                List.of(),
                vector);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
