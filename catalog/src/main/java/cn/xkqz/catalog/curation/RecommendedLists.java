package cn.xkqz.catalog.curation;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Recommended lists: bureau staff create a draft, add LISTED solutions at a rank with a rationale,
 * reorder and remove them (at most {@link #MAX_ENTRIES}), and publish, which freezes the entries as they
 * are then. The latest published list is the current one; its solutions carry a badge elsewhere.
 */
@Service
public class RecommendedLists {

    public static final int MAX_ENTRIES = 20;
    static final String ENTITY = "RECOMMENDED_LIST";

    private final RecommendedListRepository lists;
    private final RecommendedEntryRepository entries;
    private final CurrentListCache currentIds;
    private final EntryStanding standing;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    RecommendedLists(
            RecommendedListRepository lists,
            RecommendedEntryRepository entries,
            CurrentListCache currentIds,
            EntryStanding standing,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.lists = lists;
        this.entries = entries;
        this.currentIds = currentIds;
        this.standing = standing;
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
        return lists.insertDraft(id, command.title().strip(), command.period().strip(), clock.instant())
                .then(audit.append(
                        "RECOMMENDED_LIST_CREATED",
                        ENTITY,
                        id,
                        null,
                        Map.of("title", command.title(), "period", command.period())));
    }

    /**
     * A list with its entries: live solution fields for a draft, the frozen ones once published. Drafts
     * are bureau staff's alone; to anyone else a draft does not exist (404).
     */
    public Mono<RecommendedList> get(UUID id) {
        return lists.findById(id)
                .zipWith(AuditTrail.actor())
                .filter(found -> found.getT1().status() == RecommendedList.Status.PUBLISHED
                        || Viewers.seesEverything(found.getT2()))
                .map(Tuple2::getT1)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("推荐清单", id)))
                .flatMap(this::withEntries);
    }

    /** The latest published list. */
    public Mono<RecommendedList> current() {
        return lists.latestPublished()
                .switchIfEmpty(Mono.error(() -> new NotFoundException("已发布的推荐清单")))
                .flatMap(this::withEntries);
    }

    /** Every published list, newest first. */
    public Flux<RecommendedList> published() {
        return lists.published().concatMap(this::withEntries);
    }

    /** The solutions of the current list still in the pool (cached briefly; publishing here refreshes once it commits). */
    public Mono<Set<UUID>> currentSolutionIds() {
        return currentIds.get(this::loadCurrentSolutionIds);
    }

    private Mono<Set<UUID>> loadCurrentSolutionIds() {
        return current()
                .map(list -> list.entries().stream()
                        .filter(entry -> !entry.withdrawn())
                        .map(RecommendedEntry::solutionId)
                        .collect(Collectors.toSet()))
                .onErrorResume(NotFoundException.class, none -> Mono.just(Set.of()));
    }

    @Transactional
    public Mono<RecommendedList> addEntry(UUID listId, EntryRequest entry) {
        return validator
                .validate(entry)
                .then(Mono.defer(() -> lockDraft(listId)))
                .then(Mono.defer(() -> standing.requireRecommendable(entry.solutionId())))
                .then(Mono.defer(() -> entries.findByList(listId).collectList()))
                .map(existing -> RecommendedListRules.insertionRank(entry, existing))
                .flatMap(rank -> entries.makeRoom(listId, rank)
                        .then(entries.insert(
                                listId,
                                entry.solutionId(),
                                rank,
                                entry.rationale().strip())))
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
                .then(Mono.defer(() -> entries.findByList(listId).collectList()))
                .flatMap(existing -> renumber(listId, RecommendedListRules.moved(existing, solutionId, rank)))
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
                .then(Mono.defer(() -> entries.findByList(listId).collectList()))
                .map(existing -> RecommendedListRules.without(existing, solutionId))
                .flatMap(rest -> entries.remove(listId, solutionId).then(renumber(listId, rest)))
                .then(audit.append(
                        "RECOMMENDED_ENTRY_REMOVED", ENTITY, listId, Map.of("solutionId", solutionId.toString()), null))
                .then(Mono.defer(() -> get(listId)));
    }

    /** Freezes the entries, with their solutions as they are now; the list never changes afterwards. */
    @Transactional
    public Mono<RecommendedList> publish(UUID listId) {
        Instant now = clock.instant();
        return lockDraft(listId)
                .flatMap(draft -> liveEntries(listId)
                        .map(RecommendedListRules::publishable)
                        .flatMap(frozen -> lists.save(draft.published(new FrozenEntries(frozen), now))
                                .then(audit.append(
                                        "RECOMMENDED_LIST_PUBLISHED",
                                        ENTITY,
                                        listId,
                                        Map.of("status", "DRAFT"),
                                        Map.of("status", "PUBLISHED", "entries", frozen.size())))))
                .then(Mono.defer(currentIds::clearAfterCommit))
                .then(Mono.defer(() -> get(listId)));
    }

    /** The list, locked until the transaction ends, if it is a draft. */
    private Mono<ListRow> lockDraft(UUID listId) {
        return lists.lock(listId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("推荐清单", listId)))
                .doOnNext(row -> RecommendedListRules.requireDraft(row.status().name()));
    }

    private Mono<Void> renumber(UUID listId, List<StoredEntry> ordered) {
        return entries.renumber(
                listId, ordered.stream().map(StoredEntry::solutionId).toArray(UUID[]::new));
    }

    /** A draft's entries, live and marked: two queries however many entries there are. */
    private Mono<List<RecommendedEntry>> liveEntries(UUID listId) {
        return entries.findByList(listId).collectList().flatMap(standing::live);
    }

    private Mono<RecommendedList> withEntries(ListRow row) {
        FrozenEntries frozen = row.snapshot();
        Mono<List<RecommendedEntry>> shown = frozen != null ? standing.mark(frozen.items()) : liveEntries(row.id());
        return shown.map(items -> new RecommendedList(
                row.id(), row.title(), row.period(), row.status(), row.publishedAt(), row.createdAt(), items));
    }
}
