package cn.xkqz.indexer.search;

import static cn.xkqz.indexer.search.SearchCalls.call;

import cn.xkqz.catalog.curation.RecommendedLists;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.indexer.index.SolutionIndex;
import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Searchable solutions most like a given one: similar wording (more-like-this over the texts), ranked up
 * when they share its scenes and industries.
 */
@Component
class SimilarSolutions {

    private final ElasticsearchAsyncClient es;
    private final SolutionIndex index;
    private final RecommendedLists recommended;
    private final Clock clock;

    SimilarSolutions(ElasticsearchAsyncClient es, SolutionIndex index, RecommendedLists recommended, Clock clock) {
        this.es = es;
        this.index = index;
        this.recommended = recommended;
        this.clock = clock;
    }

    /** See {@link SolutionSearch#similar}; 404 when {@code id} is not searchable itself. */
    Mono<List<SearchResult.Hit>> similar(UUID id, int size) {
        return call(() -> es.get(
                        g -> g.index(index.alias()).id(id.toString()).sourceIncludes(Listing.FIELDS), Listing.class))
                .mapNotNull(found -> found.found() ? found.source() : null)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("可检索的方案", id)))
                .flatMap(source -> call(() -> es.search(similarTo(source, size), Listing.class)))
                .zipWith(recommended.currentSolutionIds())
                .map(found -> HitMapper.hits(found.getT1(), new HitMapper.Standing(found.getT2(), clock.instant())));
    }

    private SearchRequest similarTo(Listing doc, int size) {
        return SearchRequest.of(s -> s.index(index.alias())
                .size(size)
                .source(src -> src.filter(f -> f.includes(Listing.FIELDS)))
                .query(q -> q.bool(b -> b.must(m ->
                                m.moreLikeThis(mlt -> mlt.fields("name", "summary", "description", "keywords")
                                        .like(l -> l.document(
                                                d -> d.index(index.alias()).id(doc.id())))
                                        .minTermFreq(1)
                                        .minDocFreq(1)
                                        .maxQueryTerms(30)
                                        .minimumShouldMatch("10%")))
                        .should(SearchRequests.terms("scenes", doc.scenes()))
                        .should(SearchRequests.terms("industries", doc.industries()))
                        .mustNot(n -> n.ids(i -> i.values(doc.id())))))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
    }
}
