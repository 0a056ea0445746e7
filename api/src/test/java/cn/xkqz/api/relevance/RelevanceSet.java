package cn.xkqz.api.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's judged set (docs/relevance.md), from {@code relevance/} on the test classpath: a catalogue
 * in the import body's format, matching topics in the body format of {@code POST /api/v1/matches} (plus
 * an {@code id}), search queries ({@code id}, {@code q}, optional {@code industry}) and graded judgments
 * by topic or query id and solution ref.
 */
record RelevanceSet(
        Map<String, Object> catalogue,
        List<Map<String, Object>> topics,
        List<Map<String, Object>> queries,
        Map<String, Map<String, Integer>> judgments) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static RelevanceSet load() {
        return new RelevanceSet(
                read("catalogue.json", new TypeReference<>() {}),
                read("topics.json", new TypeReference<>() {}),
                read("queries.json", new TypeReference<>() {}),
                read("judgments.json", new TypeReference<>() {}));
    }

    int solutions() {
        return ((List<?>) catalogue.get("solutions")).size();
    }

    Map<String, Integer> judged(String id) {
        return judgments.getOrDefault(id, Map.of());
    }

    private static <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource("relevance/" + file).getInputStream()) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relevance/" + file, e);
        }
    }
}
