package cn.xkqz.indexer.search;

import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** Calls to the search index on behalf of a reader. */
final class SearchCalls {

    private SearchCalls() {}

    /** A missing index (first start, before the index exists) is an outage too, not a bad request. */
    static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return Elasticsearch.call(request)
                .onErrorMap(
                        e -> e instanceof ElasticsearchException es && es.status() == 404,
                        e -> new SearchUnavailableException("search index not ready yet", e));
    }

    /**
     * The hits of one search of an {@code _msearch}. A failed one fails the whole: a missing index, an
     * overloaded or failing cluster is an outage; anything else is a bug in the request.
     */
    static <T> List<Hit<T>> hits(MultiSearchResponseItem<T> item) {
        if (item.isResult()) {
            return item.result().hits().hits();
        }
        int status = item.failure().status();
        String reason = "search failed: " + item.failure().error().reason();
        IllegalStateException failure = new IllegalStateException(reason);
        if (status == 404 || status == 429 || status >= 500) {
            throw new SearchUnavailableException(reason, failure);
        }
        throw failure;
    }
}
