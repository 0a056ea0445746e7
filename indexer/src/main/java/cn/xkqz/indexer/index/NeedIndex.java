package cn.xkqz.indexer.index;

import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchProperties;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index of saved needs (each enterprise's latest diagnosis, one document per enterprise), searched
 * with a new solution's text to find the needs it may fit (reverse matching). It analyses Chinese as the
 * solution index does, so a pain point and a solution meet on the same terms. Its definition is
 * {@code search/needs-index.json}; it holds nothing that cannot be re-derived from the database.
 */
@Component
public class NeedIndex {

    private final ElasticsearchAsyncClient es;
    private final SearchProperties properties;
    private final String definition;

    NeedIndex(ElasticsearchAsyncClient es, SearchProperties properties, SolutionIndex solutions) {
        this.es = es;
        this.properties = properties;
        ObjectNode root = (ObjectNode) JsonMapper.builder().build().readTree(resource());
        ((ObjectNode) root.get("settings")).set("analysis", solutions.analysis());
        this.definition = root.toString();
    }

    public String name() {
        return properties.alias() + "-needs";
    }

    /** Creates the index when it does not exist yet; true when it was created (it is then empty). */
    public Mono<Boolean> createIfMissing() {
        return Elasticsearch.call(() -> es.indices().exists(e -> e.index(name())))
                .flatMap(exists -> exists.value()
                        ? Mono.just(false)
                        : Elasticsearch.call(() -> es.indices()
                                        .create(c -> c.index(name()).withJson(new StringReader(definition))))
                                .thenReturn(true));
    }

    public Mono<Void> refresh() {
        return Elasticsearch.call(() -> es.indices().refresh(r -> r.index(name())))
                .then();
    }

    private static String resource() {
        try (InputStream in = new ClassPathResource("search/needs-index.json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing index definition file search/needs-index.json", e);
        }
    }
}
