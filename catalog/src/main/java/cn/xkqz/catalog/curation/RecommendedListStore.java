package cn.xkqz.catalog.curation;

import static cn.xkqz.catalog.Columns.required;

import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of {@code recommended_list} and {@code recommended_entry}, and the JSON snapshot a published
 * list keeps of its entries. No rules here: {@link RecommendedLists} decides what may be written.
 */
@Component
class RecommendedListStore {

    private static final String PUBLISHED =
            "select * from recommended_list where status = 'PUBLISHED' order by published_at desc, id";
    // Snapshots published before entries had a withdrawn flag read it as false (it is computed live anyway).
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final TypeReference<List<RecommendedEntry>> ENTRIES = new TypeReference<>() {};

    private final DatabaseClient db;

    RecommendedListStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, String title, String period, Instant now) {
        return db.sql("insert into recommended_list (id, title, period, status, created_at)"
                        + " values (:id, :title, :period, 'DRAFT', :now)")
                .bind("id", id)
                .bind("title", title)
                .bind("period", period)
                .bind("now", now)
                .then();
    }

    Mono<ListRow> find(UUID id) {
        return db.sql("select * from recommended_list where id = :id")
                .bind("id", id)
                .map(ListRow::of)
                .one();
    }

    /** The latest published list, if any. */
    Mono<ListRow> latestPublished() {
        return db.sql(PUBLISHED + " limit 1").map(ListRow::of).one();
    }

    /** Every published list, newest first. */
    Flux<ListRow> published() {
        return db.sql(PUBLISHED).map(ListRow::of).all();
    }

    /** The list's status, its row locked until the transaction ends; empty when there is no such list. */
    Mono<String> lockStatus(UUID listId) {
        return db.sql("select status from recommended_list where id = :id for update")
                .bind("id", listId)
                .map(row -> required(row, "status", String.class))
                .one();
    }

    /** Freezes {@code entries} as the list's snapshot and marks it published at {@code now}. */
    Mono<Void> markPublished(UUID listId, List<RecommendedEntry> entries, Instant now) {
        return db.sql("update recommended_list set status = 'PUBLISHED', snapshot = :snapshot,"
                        + " published_at = :now where id = :id")
                .bind("snapshot", Json.of(JSON.writeValueAsBytes(entries)))
                .bind("now", now)
                .bind("id", listId)
                .then();
    }

    /** The entries frozen in a published list's snapshot. */
    static List<RecommendedEntry> frozen(byte[] snapshot) {
        return JSON.readValue(snapshot, ENTRIES);
    }

    Flux<StoredEntry> entries(UUID listId) {
        return db.sql("select solution_id, rank, rationale from recommended_entry where list_id = :list order by rank")
                .bind("list", listId)
                .map(row -> new StoredEntry(
                        required(row, "solution_id", UUID.class),
                        required(row, "rank", Integer.class),
                        required(row, "rationale", String.class)))
                .all();
    }

    /** Inserts the entry at {@code rank}, moving the entries from there on one rank down. */
    Mono<Void> insertEntry(UUID listId, UUID solutionId, int rank, String rationale) {
        return db.sql("update recommended_entry set rank = rank + 1 where list_id = :list and rank >= :rank")
                .bind("list", listId)
                .bind("rank", rank)
                .then()
                .then(db.sql("insert into recommended_entry (list_id, solution_id, rank, rationale)"
                                + " values (:list, :solution, :rank, :rationale)")
                        .bind("list", listId)
                        .bind("solution", solutionId)
                        .bind("rank", rank)
                        .bind("rationale", rationale)
                        .then());
    }

    Mono<Void> deleteEntry(UUID listId, UUID solutionId) {
        return db.sql("delete from recommended_entry where list_id = :list and solution_id = :solution")
                .bind("list", listId)
                .bind("solution", solutionId)
                .then();
    }

    /** Stores ranks 1, 2, … in the order of {@code entries}. */
    Mono<Void> renumber(UUID listId, List<StoredEntry> entries) {
        return Flux.range(0, entries.size())
                .concatMap(i -> db.sql(
                                "update recommended_entry set rank = :rank where list_id = :list and solution_id = :solution")
                        .bind("rank", i + 1)
                        .bind("list", listId)
                        .bind("solution", entries.get(i).solutionId())
                        .then())
                .then();
    }
}
