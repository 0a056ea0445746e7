package cn.xkqz.indexer.search;

import static cn.xkqz.indexer.search.SearchCalls.call;

import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.taxonomy.Taxonomy;
import cn.xkqz.catalog.validation.Violations;
import cn.xkqz.indexer.semantic.SemanticModel;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Full-text search, similar solutions and suggestions over the searchable pool. User text only ever goes
 * into {@code match} queries (never a query-string parser). The requests are built by
 * {@link SearchRequests}, the answers mapped by {@link HitMapper}.
 */
@Service
public class SolutionSearch {

    private final ElasticsearchAsyncClient es;
    private final SearchRequests requests;
    private final Taxonomy taxonomy;
    private final SearchRelevance relevance;
    private final RecommendedLists recommended;
    private final SimilarSolutions similar;
    private final Suggestions suggestions;
    private final Clock clock;
    private final SemanticModel semantic;

    SolutionSearch(
            ElasticsearchAsyncClient es,
            SearchRequests requests,
            Taxonomy taxonomy,
            SearchRelevance relevance,
            RecommendedLists recommended,
            SimilarSolutions similar,
            Suggestions suggestions,
            Clock clock,
            SemanticModel semantic) {
        this.semantic = semantic;
        this.es = es;
        this.requests = requests;
        this.taxonomy = taxonomy;
        this.relevance = relevance;
        this.recommended = recommended;
        this.similar = similar;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    public Mono<SearchResult> search(SearchQuery query) {
        return recommended
                .currentSolutionIds()
                .flatMap(ids -> plan(query, ids)
                        .flatMap(request -> call(() -> es.search(request, Listing.class)))
                        .map(response ->
                                HitMapper.result(query, response, new HitMapper.Standing(ids, clock.instant()))));
    }

    /**
     * The request that fetches a search's results, after checking the query and the first round trip
     * ({@link #firstRoundTrip}). Public so that benchmarks can send exactly what a search sends.
     */
    public Mono<SearchRequest> plan(SearchQuery query) {
        return recommended.currentSolutionIds().flatMap(ids -> plan(query, ids));
    }

    private Mono<SearchRequest> plan(SearchQuery query, Set<UUID> recommendedIds) {
        return taxonomy.codes()
                .doOnNext(codes -> {
                    Violations violations = new Violations();
                    query.check(codes, violations);
                    violations.throwIfAny("搜索参数有误");
                })
                .then(Mono.defer(() -> feedback(query)))
                .map(feedback -> requests.results(query, feedback, recommendedIds));
    }

    /**
     * The first round trip of a text search ({@link SearchRequests#firstRoundTrip}), with the query's
     * vector. Public so that benchmarks can send exactly what a search sends.
     */
    public Mono<MsearchRequest> firstRoundTrip(SearchQuery query) {
        return semantic.query(Objects.requireNonNull(query.q(), "a text search"))
                .map(vector -> requests.firstRoundTrip(query, vector));
    }

    /** The benchmark's anchor: a plain multi_match with the same facets and highlights (one round trip). */
    public SearchRequest plainRequest(SearchQuery query) {
        return requests.plain(query);
    }

    /**
     * The first round trip of a text search: the scene vote of the best text matches and the semantic
     * neighbours, in one {@code _msearch}.
     */
    private Mono<SearchRelevance.Feedback> feedback(SearchQuery query) {
        if (query.q() == null) {
            return Mono.just(SearchRelevance.Feedback.NONE);
        }
        return firstRoundTrip(query)
                .flatMap(request -> call(() -> es.msearch(request, SearchRelevance.SceneVote.class)))
                .map(response -> relevance.feedback(response.responses()));
    }

    /**
     * Searchable solutions most like {@code id}: similar wording (more-like-this over the texts), ranked up
     * when they share its scenes and industries. Not found when it is not searchable itself.
     */
    public Mono<List<SearchResult.Hit>> similar(UUID id, int size) {
        return similar.similar(id, size);
    }

    /** Completions of {@code prefix} from solution names and keywords. */
    public Mono<List<String>> suggest(String prefix, int size) {
        return suggestions.suggest(prefix, size);
    }
}
