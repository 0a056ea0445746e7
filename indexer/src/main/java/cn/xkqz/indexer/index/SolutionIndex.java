package cn.xkqz.indexer.index;

import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchProperties;
import cn.xkqz.indexer.semantic.SemanticModel;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The solution index's definition and lifecycle. The definition is versioned JSON
 * ({@code search/solutions-index.json}) plus the project's synonym and stop-word lists; its checksum
 * names each index ({@code solutions-<checksum>-<time>}) and is kept in the mapping's {@code _meta}, so
 * a changed definition is noticed and rebuilt. Searches and writes go through the alias.
 */
@Component
public class SolutionIndex {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchAsyncClient es;
    private final SearchProperties properties;
    private final ObjectNode definitionJson;
    private final String definition;

    SolutionIndex(ElasticsearchAsyncClient es, SearchProperties properties) {
        this.es = es;
        this.properties = properties;
        String template = resource("search/solutions-index.json");
        List<String> synonyms = lines("search/synonyms.txt");
        List<String> stopwords = lines("search/stopwords.txt");
        this.definition = definition(template, synonyms, stopwords, SemanticModel.NAME);
        this.definitionJson = render(template, synonyms, stopwords);
    }

    public String alias() {
        return properties.alias();
    }

    /**
     * The write alias of the index a rebuild is filling. Writers reach that index only through it, so a
     * write can never recreate an index that a failed rebuild has already deleted.
     */
    public String rebuildAlias() {
        return properties.alias() + "-rebuild";
    }

    /** Checksum of the index definition; indices built from another definition need a rebuild. */
    public String definition() {
        return definition;
    }

    public String newIndexName() {
        return alias() + "-" + definition + "-"
                + LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
    }

    /**
     * Creates {@code index} from the definition, reachable through {@code alias}. For a bulk load it
     * starts without refreshes; call {@link #finishBulkLoad} when it is full.
     */
    public Mono<Void> create(String index, boolean forBulkLoad, String alias) {
        ObjectNode body = definitionJson.deepCopy();
        ((ObjectNode) body.at("/settings/index"))
                .put("number_of_shards", properties.shards())
                .put("number_of_replicas", properties.replicas())
                .put("refresh_interval", forBulkLoad ? "-1" : "1s");
        body.putObject("aliases").putObject(alias);
        String json = body.toString();
        return Elasticsearch.call(() -> es.indices().create(c -> c.index(index).withJson(new StringReader(json))))
                .then();
    }

    public Mono<Void> finishBulkLoad(String index) {
        return Elasticsearch.call(() -> es.indices()
                        .putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s")))))
                .then(refresh(index));
    }

    public Mono<Void> refresh(String index) {
        return Elasticsearch.call(() -> es.indices().refresh(r -> r.index(index)))
                .then();
    }

    /** The index the alias points at, if the alias exists. */
    public Mono<Optional<String>> current() {
        return Elasticsearch.call(() -> es.indices().existsAlias(e -> e.name(alias())))
                .flatMap(exists -> exists.value()
                        ? Elasticsearch.call(() -> es.indices().getAlias(g -> g.name(alias())))
                                .map(SolutionIndex::firstIndex)
                        : Mono.just(Optional.empty()));
    }

    private static Optional<String> firstIndex(GetAliasResponse response) {
        return response.aliases().keySet().stream().sorted().findFirst();
    }

    /** The definition checksum an index was built from. */
    public Mono<Optional<String>> definitionOf(String index) {
        return Elasticsearch.call(() -> es.indices().getMapping(m -> m.index(index)))
                .map(response -> Optional.ofNullable(response.get(index))
                        .map(m -> m.mappings().meta().get("definition"))
                        .map(JsonData::toString)
                        .map(s -> s.replace("\"", "")));
    }

    /**
     * Points the alias at {@code target} only, and takes the rebuild alias off it, in one atomic step.
     *
     * @return the index the alias left, if any
     */
    public Mono<Optional<String>> moveAliasTo(String target) {
        return current()
                .flatMap(from -> Elasticsearch.call(() -> es.indices().updateAliases(u -> {
                            from.ifPresent(old ->
                                    u.actions(a -> a.remove(r -> r.index(old).alias(alias()))));
                            u.actions(a -> a.remove(
                                    r -> r.index(target).alias(rebuildAlias()).mustExist(false)));
                            return u.actions(a -> a.add(
                                    add -> add.index(target).alias(alias()).isWriteIndex(true)));
                        }))
                        .thenReturn(from.filter(old -> !old.equals(target))));
    }

    public Mono<Void> delete(String index) {
        return Elasticsearch.call(() -> es.indices().delete(d -> d.index(index).ignoreUnavailable(true)))
                .then();
    }

    /** The definition's analysis settings (analyzers, stop words, synonyms), for indices that search alike. */
    public ObjectNode analysis() {
        return ((ObjectNode) definitionJson.at("/settings/analysis")).deepCopy();
    }

    public Mono<Long> count() {
        return Elasticsearch.call(() -> es.count(c -> c.index(alias()))).map(r -> r.count());
    }

    private ObjectNode render(String template, List<String> synonyms, List<String> stopwords) {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) json.readTree(template);
        ObjectNode filters = (ObjectNode) root.at("/settings/analysis/filter");
        fill((ArrayNode) filters.at("/xkqz_domain_synonyms/synonyms"), synonyms);
        fill((ArrayNode) filters.at("/xkqz_stopwords/stopwords"), stopwords);
        ((ObjectNode) root.get("mappings")).putObject("_meta").put("definition", definition);
        return root;
    }

    private static void fill(ArrayNode array, List<String> values) {
        array.removeAll();
        values.forEach(array::add);
    }

    private static List<String> lines(String path) {
        return resource(path)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing index definition file " + path, e);
        }
    }

    /**
     * The checksum that names an index definition: the mapping, the analysis word lists, and the model
     * the stored vectors come from (vectors of another model would not compare with the queries').
     */
    static String definition(String template, List<String> synonyms, List<String> stopwords, String model) {
        return checksum(template + synonyms + stopwords + model);
    }

    private static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
