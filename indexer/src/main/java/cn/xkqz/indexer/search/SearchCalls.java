package cn.xkqz.indexer.search;

import cn.xkqz.indexer.Elasticsearch;
import cn.xkqz.indexer.SearchUnavailableException;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
}
