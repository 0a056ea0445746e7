package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.provider.Provider;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Solutions: created as drafts, read, listed, edited with optimistic locking (a listed one through a
 * revision), upserted by import. Review moves are {@link SolutionLifecycle}'s.
 */
@Service
public class SolutionService {

    private final SolutionStore store;
    private final ProviderService providers;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final SolutionRevisions revisions;
    private final SolutionImportWriter imports;

    SolutionService(
            SolutionStore store,
            ProviderService providers,
            CatalogValidator validator,
            AuditTrail audit,
            SolutionRevisions revisions,
            SolutionImportWriter imports) {
        this.store = store;
        this.providers = providers;
        this.validator = validator;
        this.audit = audit;
        this.revisions = revisions;
        this.imports = imports;
    }

    /** Its provider or bureau staff create a solution; with no provider named, validation answers (400). */
    @Transactional
    public Mono<Solution> create(NewSolution command) {
        Violations violations = new Violations();
        if (command.providerId() == null) {
            violations.add("providerId", "不能为空");
        }
        Mono<?> allowed =
                command.providerId() == null ? Mono.empty() : Permissions.providerOrBureau(command.providerId());
        return allowed.then(validator.validate(command.solution(), violations))
                .then(Mono.defer(() -> ownerOf(command)))
                .flatMap(provider -> store.insert(provider.id(), command.solution(), SolutionStatus.DRAFT)
                        .map(row -> store.named(row, provider.name())))
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
        return store.row(id).flatMap(store::withProviderName);
    }

    public Mono<Page<Solution>> list(PageQuery page, @Nullable UUID providerId, @Nullable SolutionStatus status) {
        return store.page(page, providerId, status);
    }

    /**
     * Its provider's or bureau staff's edit: a draft (or any unlisted solution) at once; a LISTED one
     * becomes the pending revision and the listed version stays live until bureau staff approve it.
     */
    @Transactional
    public Mono<SolutionEdit> edit(UUID id, SolutionUpdate command) {
        return store.row(id)
                .flatMap(current -> Permissions.providerOrBureau(current.providerId())
                        .then(validator.validate(command.solution(), Violations.ofUpdate(command.version())))
                        .then(Mono.defer(() -> current.status() == SolutionStatus.LISTED
                                ? propose(current, command).map(pending -> new SolutionEdit(null, pending))
                                : replace(current, command).map(applied -> new SolutionEdit(applied, null)))));
    }

    @Transactional
    public Mono<Solution> update(UUID id, SolutionUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return validator
                .validate(command.solution(), violations)
                .then(Mono.defer(() -> store.row(id)))
                .flatMap(current -> replace(current, command));
    }

    private Mono<Solution> replace(SolutionRow row, SolutionUpdate command) {
        return editable(row)
                .flatMap(current -> store.replace(
                                current, command.checkedVersion(), command.solution(), current.status())
                        .flatMap(store::withProviderName)
                        .flatMap(updated -> audit.append(
                                        "SOLUTION_UPDATED",
                                        "SOLUTION",
                                        current.id(),
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
                .then(Mono.defer(() -> store.row(id)))
                .flatMap(current -> propose(current, command));
    }

    private Mono<PendingRevision> propose(SolutionRow current, SolutionUpdate command) {
        if (current.version() != command.checkedVersion()) {
            return Mono.error(ConflictException.staleVersion("方案", current.id(), command.checkedVersion()));
        }
        if (current.status() != SolutionStatus.LISTED) {
            return Mono.error(new ConflictException("方案未上架，直接修改即可，无需提交修订"));
        }
        return revisions.propose(current, command.solution());
    }

    /** The pending revision of a listed solution, for its provider and bureau staff. */
    public Mono<PendingRevision> pendingRevision(UUID id) {
        return store.row(id)
                .flatMap(found -> Permissions.providerOrBureau(found.providerId()))
                .then(Mono.defer(() -> revisions.pending(id)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("待审核的修订", id)));
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
        return this.imports.upsertAll(imports, status);
    }

    private Mono<Provider> ownerOf(NewSolution command) {
        UUID providerId = Objects.requireNonNull(command.providerId(), "providerId is validated before this");
        return providers
                .get(providerId)
                .onErrorMap(
                        NotFoundException.class,
                        e -> new InvalidInputException(
                                "服务商不存在", List.of(new FieldError("providerId", "服务商 " + providerId + " 不存在"))));
    }
}
