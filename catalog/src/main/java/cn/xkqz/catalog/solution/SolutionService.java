package cn.xkqz.catalog.solution;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.outbox.ChangedRecord;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Solutions: created as drafts, read, listed, edited with optimistic locking, upserted by import. */
@Service
public class SolutionService {

    private final SolutionRepository solutions;
    private final ProviderService providers;
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final SolutionMapper mapper;
    private final Clock clock;
    private final AuditTrail audit;
    private final SolutionRevisions revisions;

    SolutionService(
            SolutionRepository solutions,
            ProviderService providers,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            CatalogValidator validator,
            SolutionMapper mapper,
            Clock clock,
            AuditTrail audit,
            SolutionRevisions revisions) {
        this.audit = audit;
        this.revisions = revisions;
        this.solutions = solutions;
        this.providers = providers;
        this.template = template;
        this.writer = writer;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Mono<Solution> create(NewSolution command) {
        Violations violations = new Violations();
        if (command.providerId() == null) {
            violations.add("providerId", "不能为空");
        }
        return validator
                .validate(command.solution(), violations)
                .then(Mono.defer(() -> ownerOf(command)))
                .flatMap(provider -> insert(provider.id(), command.solution(), SolutionStatus.DRAFT)
                        .map(row -> mapper.toSolution(row, provider.name(), clock.instant())))
                .flatMap(created -> audit.append("SOLUTION_CREATED", "SOLUTION", created.id(), null, summary(created))
                        .thenReturn(created));
    }

    /** What the audit trail keeps of a solution's state. */
    public static Map<String, Object> summary(Solution solution) {
        return Map.of(
                "name", solution.name(),
                "providerId", solution.providerId().toString(),
                "status", solution.status().name(),
                "version", solution.version());
    }

    public Mono<Solution> get(UUID id) {
        return solutions
                .findById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("方案", id)))
                .flatMap(this::withProviderName);
    }

    public Mono<Page<Solution>> list(PageQuery page, @Nullable UUID providerId, @Nullable SolutionStatus status) {
        Criteria criteria = Criteria.empty();
        if (providerId != null) {
            criteria = criteria.and(where("providerId").is(providerId));
        }
        if (status != null) {
            criteria = criteria.and(where("status").is(status));
        }
        Mono<List<SolutionRow>> rows = template.select(SolutionRow.class)
                .matching(query(criteria).with(page.newestFirst()))
                .all()
                .collectList();
        Mono<Long> total = template.count(query(criteria), SolutionRow.class);
        return rows.flatMap(this::withProviderNames)
                .zipWith(total, (items, count) -> new Page<>(items, page.page(), page.size(), count));
    }

    @Transactional
    public Mono<Solution> update(UUID id, SolutionUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return validator
                .validate(command.solution(), violations)
                .then(Mono.defer(() -> row(id)))
                .flatMap(SolutionService::editable)
                .flatMap(current -> replace(current, command.version(), command.solution(), current.status())
                        .flatMap(this::withProviderName)
                        .flatMap(updated -> audit.append(
                                        "SOLUTION_UPDATED",
                                        "SOLUTION",
                                        id,
                                        Map.of(
                                                "name",
                                                current.name(),
                                                "status",
                                                current.status().name(),
                                                "version",
                                                current.version()),
                                        summary(updated))
                                .thenReturn(updated)));
    }

    /**
     * An edit of a SUBMITTED solution would change what the reviewer approves unseen, so it waits for
     * the decision (or a WITHDRAW); a LISTED one's edits go through a revision.
     */
    private static Mono<SolutionRow> editable(SolutionRow current) {
        return switch (current.status()) {
            case SUBMITTED ->
                Mono.error(ConflictException.illegalTransition(
                        "方案",
                        "EDIT",
                        current.status().name(),
                        SolutionAction.from(current.status()),
                        "方案正在审核，审核期间不能修改；要修改请先撤回（WITHDRAW）"));
            case LISTED -> Mono.error(new ConflictException("方案已上架：修改须作为修订提交，经审核后生效"));
            default -> Mono.just(current);
        };
    }

    /**
     * Keeps an edit of a LISTED solution as its pending revision; the listed version stays live until
     * bureau staff approve the revision ({@link SolutionAction#APPROVE_REVISION}).
     */
    @Transactional
    public Mono<PendingRevision> proposeRevision(UUID id, SolutionUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return validator
                .validate(command.solution(), violations)
                .then(Mono.defer(() -> row(id)))
                .flatMap(current -> {
                    if (current.version() != command.version()) {
                        return Mono.error(ConflictException.staleVersion("方案", id, command.version()));
                    }
                    if (current.status() != SolutionStatus.LISTED) {
                        return Mono.error(new ConflictException("方案未上架，直接修改即可，无需提交修订"));
                    }
                    return revisions.propose(current, command.solution());
                });
    }

    /** The pending revision of a listed solution. */
    public Mono<PendingRevision> pendingRevision(UUID id) {
        return revisions.pending(id).switchIfEmpty(Mono.error(() -> new NotFoundException("待审核的修订", id)));
    }

    /** Every approved version of the solution, newest first. */
    public Flux<ApprovedVersion> versions(UUID id) {
        return revisions.versions(id);
    }

    /**
     * Makes each stored solution say what its import says: inserts new ones in {@code status}, updates
     * changed ones, leaves identical ones alone. Solutions are keyed by (provider, name).
     *
     * @return the solutions' ids, in the order of {@code imports}
     */
    public Flux<UUID> upsertAll(List<SolutionImport> imports, SolutionStatus status) {
        List<UUID> providerIds =
                imports.stream().map(SolutionImport::providerId).distinct().toList();
        return solutions
                .findByProviderIdIn(providerIds)
                .collectMap(row -> key(row.providerId(), row.name()))
                .flatMapMany(existing -> Flux.fromIterable(imports)
                        .concatMap(item -> upsert(
                                item,
                                status,
                                existing.get(key(item.providerId(), item.draft().name())))));
    }

    /** A solution already known keeps its listing state: the import updates its content only. */
    private Mono<UUID> upsert(SolutionImport item, SolutionStatus status, @Nullable SolutionRow existing) {
        if (existing == null) {
            return insert(item.providerId(), item.draft(), status).map(SolutionRow::id);
        }
        if (mapper.toDraft(existing).equals(item.draft())) {
            return Mono.just(existing.id());
        }
        return replace(existing, existing.version(), item.draft(), existing.status())
                .map(SolutionRow::id);
    }

    /** The stored row (the lifecycle works on it). */
    Mono<SolutionRow> row(UUID id) {
        return solutions.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("方案", id)));
    }

    /**
     * Moves {@code current} to {@code status} (the lifecycle decides whether it may); {@code confirmed}
     * restarts the listing's 12 months.
     */
    Mono<Solution> changeStatus(SolutionRow current, SolutionStatus status, boolean confirmed) {
        Instant lastConfirmedAt = confirmed ? clock.instant() : current.lastConfirmedAt();
        return replace(current, current.version(), mapper.toDraft(current), status, lastConfirmedAt)
                .flatMap(this::withProviderName);
    }

    /** Lists {@code current} (SUBMITTED) and keeps it as an approved version. */
    Mono<Solution> approve(SolutionRow current) {
        return changeStatus(current, SolutionStatus.LISTED, true)
                .flatMap(approved ->
                        revisions.keep(approved, mapper.toDraft(current)).thenReturn(approved));
    }

    /**
     * Puts the pending revision of {@code current} live, if it is the one reviewed ({@code revisionId}),
     * and keeps the result as an approved version.
     */
    Mono<Solution> approveRevision(SolutionRow current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .flatMap(revision -> replace(
                                current, current.version(), revision.draft(), current.status(), clock.instant())
                        .flatMap(this::withProviderName)
                        .flatMap(approved -> revisions
                                .discard(current.id())
                                .then(revisions.keep(approved, revision.draft()))
                                .thenReturn(approved)));
    }

    /** Turns the pending revision of {@code current} down (if named, the one reviewed). */
    Mono<Solution> rejectRevision(SolutionRow current, @Nullable UUID revisionId) {
        return revisions
                .pendingAsReviewed(current.id(), revisionId)
                .then(revisions.discard(current.id()))
                .then(withProviderName(current));
    }

    Mono<Boolean> hasPendingRevision(UUID id) {
        return revisions.pending(id).hasElement();
    }

    private static String key(UUID providerId, String name) {
        return providerId + "/" + name;
    }

    private Mono<Provider> ownerOf(NewSolution command) {
        return providers
                .get(command.providerId())
                .onErrorMap(
                        NotFoundException.class,
                        e -> new InvalidInputException(
                                "服务商不存在",
                                List.of(new FieldError("providerId", "服务商 " + command.providerId() + " 不存在"))));
    }

    private Mono<SolutionRow> insert(UUID providerId, SolutionDraft draft, SolutionStatus status) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        return writer.insert(
                mapper.toRow(draft, id, providerId, status, 0, now, now, now),
                ChangedRecord.solution(id),
                () -> duplicateName(draft));
    }

    private Mono<SolutionRow> replace(
            SolutionRow current, long expectedVersion, SolutionDraft draft, SolutionStatus status) {
        return replace(current, expectedVersion, draft, status, current.lastConfirmedAt());
    }

    private Mono<SolutionRow> replace(
            SolutionRow current,
            long expectedVersion,
            SolutionDraft draft,
            SolutionStatus status,
            Instant lastConfirmedAt) {
        SolutionRow changed = mapper.toRow(
                draft,
                current.id(),
                current.providerId(),
                status,
                current.version(),
                current.createdAt(),
                clock.instant(),
                lastConfirmedAt);
        return writer.update(
                changed,
                current.version(),
                expectedVersion,
                "方案",
                current.id(),
                ChangedRecord.solution(current.id()),
                () -> duplicateName(draft));
    }

    private Mono<Solution> withProviderName(SolutionRow row) {
        return providers
                .get(row.providerId())
                .map(provider -> mapper.toSolution(row, provider.name(), clock.instant()));
    }

    private Mono<List<Solution>> withProviderNames(List<SolutionRow> rows) {
        List<UUID> ids = rows.stream().map(SolutionRow::providerId).distinct().toList();
        return providers
                .getAll(ids)
                .collectMap(Provider::id, Provider::name)
                .map(names -> rows.stream()
                        .map(row -> mapper.toSolution(row, names.get(row.providerId()), clock.instant()))
                        .toList());
    }

    private static ConflictException duplicateName(SolutionDraft draft) {
        return new ConflictException("该服务商已有名为“" + draft.name() + "”的方案");
    }
}
