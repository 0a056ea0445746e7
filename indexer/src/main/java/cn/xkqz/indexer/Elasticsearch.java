package cn.xkqz.indexer;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** Calls to the async client as {@link Mono}s, with outages turned into {@link SearchUnavailableException}. */
public final class Elasticsearch {

    private Elasticsearch() {}

    public static <T> Mono<T> call(Supplier<CompletableFuture<T>> request) {
        return Mono.fromFuture(request).onErrorMap(Elasticsearch::isOutage, Elasticsearch::unavailable);
    }

    /** Connection failures, timeouts and 5xx/429 answers: worth retrying later, not the request's fault. */
    public static boolean isOutage(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ElasticsearchException es) {
            return es.status() >= 500 || es.status() == 429;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return cause instanceof co.elastic.clients.transport.TransportException;
    }

    private static SearchUnavailableException unavailable(Throwable error) {
        return error instanceof SearchUnavailableException unavailable
                ? unavailable
                : new SearchUnavailableException("Elasticsearch is unavailable: " + error.getMessage(), error);
    }
}
