package cn.xkqz.matching.reverse;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.index.NeedIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Anonymous demand from the need index, for providers deciding what to build (and bureau staff). */
@Component
public class Demands {

    /** A word is shown only when this many needs or more use it. */
    public static final int MIN_NEEDS = 2;

    static final int TERMS = 30;

    private final ElasticsearchAsyncClient es;
    private final NeedIndex needs;
    private final Taxonomy taxonomy;

    Demands(ElasticsearchAsyncClient es, NeedIndex needs, Taxonomy taxonomy) {
        this.es = es;
        this.needs = needs;
        this.taxonomy = taxonomy;
    }

    public Mono<Demand> of(@Nullable String industry, @Nullable String scene) {
        return Permissions.require(
                        actor -> Viewers.seesEverything(actor) || Viewers.PROVIDER.equals(actor.role()),
                        "只有服务商和主管部门可以查看需求分布")
                .then(taxonomy.codes())
                .flatMap(codes -> {
                    List<FieldError> errors = new ArrayList<>();
                    if (industry != null && !codes.industries().contains(industry)) {
                        errors.add(new FieldError("industry", "未知的行业代码 " + industry));
                    }
                    if (scene != null && !codes.scenes().contains(scene)) {
                        errors.add(new FieldError("scene", "未知的场景代码 " + scene));
                    }
                    return errors.isEmpty()
                            ? search(industry, scene)
                            : Mono.error(new InvalidInputException("参数有误", errors));
                });
    }

    private Mono<Demand> search(@Nullable String industry, @Nullable String scene) {
        Query query = Query.of(q -> q.bool(b -> {
            if (industry != null) {
                b.filter(f -> f.term(t -> t.field("industry").value(industry)));
            }
            if (scene != null) {
                b.filter(f -> f.term(t -> t.field("scenes").value(scene)));
            }
            return b;
        }));
        return Elasticsearch.call(() -> es.search(
                        // Before the alert worker first creates the need index there is no demand yet.
                        s -> s.index(needs.name())
                                .ignoreUnavailable(true)
                                .allowNoIndices(true)
                                .size(0)
                                .trackTotalHits(t -> t.enabled(true))
                                .query(query)
                                .aggregations(
                                        "industry",
                                        a -> a.terms(t -> t.field("industry").size(20)))
                                .aggregations(
                                        "scene",
                                        a -> a.terms(t -> t.field("scenes").size(30)))
                                .aggregations(
                                        "terms",
                                        a -> a.terms(t ->
                                                t.field("terms").size(TERMS).minDocCount(MIN_NEEDS))),
                        Void.class))
                .map(response -> new Demand(
                        response.hits().total() == null
                                ? 0
                                : response.hits().total().value(),
                        counts(response.aggregations().get("industry")),
                        counts(response.aggregations().get("scene")),
                        counts(response.aggregations().get("terms")).entrySet().stream()
                                .map(e -> new Demand.Term(e.getKey(), e.getValue()))
                                .toList()));
    }

    private static Map<String, Long> counts(@Nullable Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate != null) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return counts;
    }
}
