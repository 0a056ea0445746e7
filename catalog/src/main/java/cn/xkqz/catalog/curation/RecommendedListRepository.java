package cn.xkqz.catalog.curation;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface RecommendedListRepository extends R2dbcRepository<ListRow, UUID> {

    String COLUMNS = "id, title, period, status, snapshot, published_at, created_at";
    // The status is written out so that the partial index recommended_list_by_publication applies.
    String PUBLISHED = "select " + COLUMNS + " from recommended_list where status = 'PUBLISHED'"
            + " order by published_at desc, id";

    // An insert: save() would take a row whose id is set for an update.
    @Modifying
    @Query("insert into recommended_list (id, title, period, status, created_at)"
            + " values (:id, :title, :period, 'DRAFT', :createdAt)")
    Mono<Void> insertDraft(UUID id, String title, String period, Instant createdAt);

    /** The list, its row locked until the transaction ends, so that its entries change one writer at a time. */
    @Query("select " + COLUMNS + " from recommended_list where id = :id for update")
    Mono<ListRow> lock(UUID id);

    /** The latest published list, if any. */
    @Query(PUBLISHED + " limit 1")
    Mono<ListRow> latestPublished();

    /** Every published list, newest first. */
    @Query(PUBLISHED)
    Flux<ListRow> published();
}
