package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.solution.SolutionService;
import cn.xkqz.catalog.validation.CatalogValidator;
import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recommended lists: bureau staff create a draft, add LISTED solutions at a rank with a rationale,
 * reorder and remove them (at most {@link #MAX_ENTRIES}), and publish, which freezes the entries as they
 * are then. The latest published list is the current one; its solutions carry a badge elsewhere.
 */
@Service
public class RecommendedLists {

    public static final int MAX_ENTRIES = 20;
    static final String ENTITY = "RECOMMENDED_LIST";

    private static final String PUBLISHED =
            "select * from recommended_list where status = 'PUBLISHED' order by published_at desc, id";
    // Snapshots published before entries had a withdrawn flag read it as false (it is computed live anyway).
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final TypeReference<List<RecommendedEntry>> ENTRIES = new TypeReference<>() {};
    /** Other app instances see a newly published list within this time. */
    private static final Duration CURRENT_IDS_TTL = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final SolutionService solutions;
    private final EntryStanding standing;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile CurrentIds currentIds = new CurrentIds(Set.of(), Instant.MIN);

    RecommendedLists(
            DatabaseClient db,
            SolutionService solutions,
            EntryStanding standing,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.db = db;
        this.standing = standing;
        this.solutions = solutions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<RecommendedList> create(NewRecommendedList command) {
        UUID id = UUID.randomUUID();
        return validator
                .validate(command)
                .then(Mono.defer(() -> insert(id, command)))
                .then(Mono.defer(() -> get(id)));
    }

    private Mono<Void> insert(UUID id, NewRecommendedList command) {
        return db.sql("insert into recommended_list (id, title, period, status, created_at)"
                        + " values (:id, :title, :period, 'DRAFT', :now)")
                .bind("id", id)
                .bind("title", command.title().strip())
                .bind("period", command.period().strip())
                .bind("now", clock.instant())
                .then()
                .then(audit.append(
                        "RECOMMENDED_LIST_CREATED",
                        ENTITY,
                        id,
                        null,
                        Map.of("title", command.title(), "period", command.period())));
    }

    /** A list with its entries: live solution fields for a draft, the frozen ones once published. */
    public Mono<RecommendedList> get(UUID id) {
        return db.sql("select * from recommended_list where id = :id")
                .bind("id", id)
                .map(ListRow::of)
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("推荐清单", id)))
                .flatMap(this::withEntries);
    }

    /** The latest published list. */
    public Mono<RecommendedList> current() {
        return db.sql(PUBLISHED + " limit 1")
                .map(ListRow::of)
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("已发布的推荐清单")))
                .flatMap(this::withEntries);
    }

    /** Every published list, newest first. */
    public Flux<RecommendedList> published() {
        return db.sql(PUBLISHED).map(ListRow::of).all().concatMap(this::withEntries);
    }

    /** The solutions of the current list still in the pool (cached briefly; publishing here refreshes at once). */
    public Mono<Set<UUID>> currentSolutionIds() {
        CurrentIds cached = currentIds;
        if (cached.loadedAt().plus(CURRENT_IDS_TTL).isAfter(clock.instant())) {
            return Mono.just(cached.ids());
        }
        return current()
                .map(list -> list.entries().stream()
                        .filter(entry -> !entry.withdrawn())
                        .map(RecommendedEntry::solutionId)
                        .collect(Collectors.toSet()))
                .onErrorResume(NotFoundException.class, none -> Mono.just(Set.of()))
                .doOnNext(ids -> currentIds = new CurrentIds(Set.copyOf(ids), clock.instant()));
    }

    @Transactional
    public Mono<RecommendedList> addEntry(UUID listId, EntryRequest entry) {
        return validator
                .validate(entry)
                .then(Mono.defer(() -> lockDraft(listId)))
                .then(Mono.defer(() -> standing.requireRecommendable(entry.solutionId())))
                .then(Mono.defer(() -> entries(listId).collectList()))
                .flatMap(existing -> insertEntry(listId, entry, existing))
                .then(Mono.defer(() -> audit.append(
                        "RECOMMENDED_ENTRY_ADDED",
                        ENTITY,
                        listId,
                        null,
                        Map.of("solutionId", entry.solutionId().toString(), "rank", entry.rank()))))
                .then(Mono.defer(() -> get(listId)));
    }

    @Transactional
    public Mono<RecommendedList> moveEntry(UUID listId, UUID solutionId, int rank) {
        return lockDraft(listId)
                .then(Mono.defer(() -> entries(listId).collectList()))
                .flatMap(existing -> renumber(listId, moved(existing, solutionId, rank)))
                .then(audit.append(
                        "RECOMMENDED_ENTRY_MOVED",
                        ENTITY,
                        listId,
                        null,
                        Map.of("solutionId", solutionId.toString(), "rank", rank)))
                .then(Mono.defer(() -> get(listId)));
    }

    @Transactional
    public Mono<RecommendedList> removeEntry(UUID listId, UUID solutionId) {
        return lockDraft(listId)
                .then(Mono.defer(() -> entries(listId).collectList()))
                .flatMap(existing -> {
                    List<StoredEntry> rest = existing.stream()
                            .filter(e -> !e.solutionId().equals(solutionId))
                            .toList();
                    if (rest.size() == existing.size()) {
                        return Mono.error(new NotFoundException("清单中的方案", solutionId));
                    }
                    return db.sql("delete from recommended_entry where list_id = :list and solution_id = :solution")
                            .bind("list", listId)
                            .bind("solution", solutionId)
                            .then()
                            .then(renumber(listId, rest));
                })
                .then(audit.append(
                        "RECOMMENDED_ENTRY_REMOVED", ENTITY, listId, Map.of("solutionId", solutionId.toString()), null))
                .then(Mono.defer(() -> get(listId)));
    }

    /** Freezes the entries, with their solutions as they are now; the list never changes afterwards. */
    @Transactional
    public Mono<RecommendedList> publish(UUID listId) {
        Instant now = clock.instant();
        return lockDraft(listId)
                .then(Mono.defer(() -> publishable(listId)))
                .flatMap(entries -> db.sql("update recommended_list set status = 'PUBLISHED', snapshot = :snapshot,"
                                + " published_at = :now where id = :id")
                        .bind("snapshot", Json.of(JSON.writeValueAsBytes(entries)))
                        .bind("now", now)
                        .bind("id", listId)
                        .then()
                        .then(audit.append(
                                "RECOMMENDED_LIST_PUBLISHED",
                                ENTITY,
                                listId,
                                Map.of("status", "DRAFT"),
                                Map.of("status", "PUBLISHED", "entries", entries.size()))))
                .then(Mono.fromRunnable(() -> currentIds = new CurrentIds(Set.of(), Instant.MIN)))
                .then(Mono.defer(() -> get(listId)));
    }

    /** The entries as they will be frozen: there must be some, and the public must still see each. */
    private Mono<List<RecommendedEntry>> publishable(UUID listId) {
        return liveEntries(listId)
                .flatMap(standing::mark)
                .filter(entries -> !entries.isEmpty())
                .switchIfEmpty(Mono.error(() -> new ConflictException("清单还没有方案，不能发布")))
                .flatMap(entries -> {
                    String withdrawn = EntryStanding.withdrawnNames(entries);
                    return withdrawn.isEmpty()
                            ? Mono.just(entries)
                            : Mono.error(new ConflictException("清单中有方案已不在公开目录：" + withdrawn + "；请先把它移出清单再发布"));
                });
    }

    private Mono<Void> lockDraft(UUID listId) {
        return db.sql("select status from recommended_list where id = :id for update")
                .bind("id", listId)
                .map(row -> row.get("status", String.class))
                .one()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("推荐清单", listId)))
                .flatMap(status -> "DRAFT".equals(status)
                        ? Mono.empty()
                        : Mono.error(new ConflictException("推荐清单已发布，内容不能再改；请新建一期清单")));
    }

    private Mono<Void> insertEntry(UUID listId, EntryRequest entry, List<StoredEntry> existing) {
        if (existing.stream().anyMatch(e -> e.solutionId().equals(entry.solutionId()))) {
            return Mono.error(new ConflictException("该方案已在清单中；要调整名次请移动它"));
        }
        if (existing.size() >= MAX_ENTRIES) {
            return Mono.error(new ConflictException("推荐清单最多 " + MAX_ENTRIES + " 个方案，已满"));
        }
        int rank = Math.min(entry.rank(), existing.size() + 1);
        return db.sql("update recommended_entry set rank = rank + 1 where list_id = :list and rank >= :rank")
                .bind("list", listId)
                .bind("rank", rank)
                .then()
                .then(db.sql("insert into recommended_entry (list_id, solution_id, rank, rationale)"
                                + " values (:list, :solution, :rank, :rationale)")
                        .bind("list", listId)
                        .bind("solution", entry.solutionId())
                        .bind("rank", rank)
                        .bind("rationale", entry.rationale().strip())
                        .then());
    }

    /** {@code entries} with {@code solutionId} taken out and put back at {@code rank}. */
    private static List<StoredEntry> moved(List<StoredEntry> entries, UUID solutionId, int rank) {
        StoredEntry entry = entries.stream()
                .filter(e -> e.solutionId().equals(solutionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("清单中的方案", solutionId));
        if (rank < 1 || rank > entries.size()) {
            throw new InvalidInputException("名次有误", List.of(new FieldError("rank", "必须在1到" + entries.size() + "之间")));
        }
        List<StoredEntry> reordered = new java.util.ArrayList<>(entries);
        reordered.remove(entry);
        reordered.add(rank - 1, entry);
        return reordered;
    }

    /** Stores ranks 1, 2, … in the order of {@code entries}. */
    private Mono<Void> renumber(UUID listId, List<StoredEntry> entries) {
        return Flux.range(0, entries.size())
                .concatMap(i -> db.sql(
                                "update recommended_entry set rank = :rank where list_id = :list and solution_id = :solution")
                        .bind("rank", i + 1)
                        .bind("list", listId)
                        .bind("solution", entries.get(i).solutionId())
                        .then())
                .then();
    }

    private Flux<StoredEntry> entries(UUID listId) {
        return db.sql("select solution_id, rank, rationale from recommended_entry where list_id = :list order by rank")
                .bind("list", listId)
                .map(row -> new StoredEntry(
                        row.get("solution_id", UUID.class),
                        row.get("rank", Integer.class),
                        row.get("rationale", String.class)))
                .all();
    }

    private Mono<List<RecommendedEntry>> liveEntries(UUID listId) {
        return entries(listId)
                .concatMap(entry -> solutions.get(entry.solutionId()).map(solution -> entry.with(solution)))
                .collectList();
    }

    private Mono<RecommendedList> withEntries(ListRow row) {
        Mono<List<RecommendedEntry>> entries =
                row.snapshot() != null ? Mono.just(JSON.readValue(row.snapshot(), ENTRIES)) : liveEntries(row.id());
        return entries.flatMap(standing::mark)
                .map(items -> new RecommendedList(
                        row.id(), row.title(), row.period(), row.status(), row.publishedAt(), row.createdAt(), items));
    }

    private record CurrentIds(Set<UUID> ids, Instant loadedAt) {}
}
