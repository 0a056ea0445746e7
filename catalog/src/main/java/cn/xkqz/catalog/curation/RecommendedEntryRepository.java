package cn.xkqz.catalog.curation;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The entries of draft lists. The key is (list_id, solution_id), which Spring Data R2DBC cannot map as
 * an id: so no CRUD methods, and every statement names its columns. Ranks need be unique per list only
 * at commit (the constraint is deferred), so these statements may pass through duplicates.
 */
interface RecommendedEntryRepository extends Repository<StoredEntry, UUID> {

    @Query("select solution_id, rank, rationale from recommended_entry where list_id = :listId order by rank")
    Flux<StoredEntry> findByList(UUID listId);

    /** Moves the entries at {@code rank} and after one down, to make room there. */
    @Modifying
    @Query("update recommended_entry set rank = rank + 1 where list_id = :listId and rank >= :rank")
    Mono<Void> makeRoom(UUID listId, int rank);

    @Modifying
    @Query("insert into recommended_entry (list_id, solution_id, rank, rationale)"
            + " values (:listId, :solutionId, :rank, :rationale)")
    Mono<Void> insert(UUID listId, UUID solutionId, int rank, String rationale);

    @Modifying
    @Query("delete from recommended_entry where list_id = :listId and solution_id = :solutionId")
    Mono<Void> remove(UUID listId, UUID solutionId);

    /** Stores ranks 1, 2, … in the order of {@code solutionIds}, in one statement. */
    @Modifying
    @Query("""
            update recommended_entry e set rank = n.rank
            from unnest(:solutionIds::uuid[]) with ordinality as n(solution_id, rank)
            where e.list_id = :listId and e.solution_id = n.solution_id""")
    Mono<Void> renumber(UUID listId, UUID[] solutionIds);
}
