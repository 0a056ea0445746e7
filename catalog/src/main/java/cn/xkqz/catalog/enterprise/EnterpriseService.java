package cn.xkqz.catalog.enterprise;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.RosterUpsert.Outcome;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Enterprises of the pilot (keyed by credit code): registered, confirmed into the pilot by bureau staff,
 * edited with optimistic locking, read, and upserted from the bureau's list. Listing: {@link EnterpriseRoster}.
 */
@Service
public class EnterpriseService {

    /** Credit codes looked up per query when an import matches its rows to stored enterprises. */
    private static final int LOOKUP_BATCH = 1_000;

    private final EnterpriseRepository enterprises;
    private final DiagnosisAssignmentRepository assignments;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final EnterpriseMapper mapper;
    private final Clock clock;
    private final AuditTrail audit;

    EnterpriseService(
            EnterpriseRepository enterprises,
            DiagnosisAssignmentRepository assignments,
            RecordWriter writer,
            CatalogValidator validator,
            EnterpriseMapper mapper,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.enterprises = enterprises;
        this.assignments = assignments;
        this.writer = writer;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Registers an enterprise: REGISTERED when it registers itself, CONFIRMED when bureau staff do. */
    @Transactional
    public Mono<Enterprise> create(EnterpriseDraft draft) {
        return validator
                .validate(draft)
                .then(AuditTrail.actor())
                .flatMap(actor -> insert(
                        draft,
                        Viewers.ENTERPRISE.equals(actor.role()) ? RosterStatus.REGISTERED : RosterStatus.CONFIRMED))
                .flatMap(created -> audit.append(
                                "ENTERPRISE_CREATED", "ENTERPRISE", created.id(), null, summary(created))
                        .thenReturn(created));
    }

    /** Bureau staff confirm a self-registered enterprise into the pilot; a confirmed one is a conflict. */
    @Transactional
    public Mono<Enterprise> confirm(UUID id) {
        return Permissions.bureau("只有主管部门工作人员可以确认企业纳入试点")
                .then(Mono.defer(() -> get(id)))
                .flatMap(current -> current.status() == RosterStatus.CONFIRMED
                        ? Mono.error(new ConflictException("企业 " + id + " 已确认纳入试点"))
                        : replace(current, current.version(), mapper.toDraft(current), RosterStatus.CONFIRMED)
                                .flatMap(confirmed -> audit.append(
                                                "ENTERPRISE_CONFIRMED",
                                                "ENTERPRISE",
                                                id,
                                                summary(current),
                                                summary(confirmed))
                                        .thenReturn(confirmed)));
    }

    /** The enterprise itself or bureau staff edit its profile, at the version they read. */
    @Transactional
    public Mono<Enterprise> edit(UUID id, EnterpriseUpdate command) {
        Violations violations = Violations.ofUpdate(command.version());
        return Permissions.enterpriseOrBureau(id)
                .then(validator.validate(command.enterprise(), violations))
                .then(Mono.defer(() -> get(id)))
                .flatMap(current -> replace(current, command.checkedVersion(), command.enterprise(), current.status())
                        .flatMap(updated -> audit.append(
                                        "ENTERPRISE_UPDATED", "ENTERPRISE", id, summary(current), summary(updated))
                                .thenReturn(updated)));
    }

    /**
     * A recognition recorded by the pilot (梯度培育) raises the enterprise's scale or specialization to
     * {@code tier}, never lowers them; in the caller's transaction, audited when it changes anything.
     */
    public Mono<Enterprise> raise(UUID id, Tier tier) {
        return get(id).flatMap(current -> {
            Enterprise raised = current.raisedTo(tier, clock.instant());
            if (raised.scale() == current.scale() && raised.specialization() == current.specialization()) {
                return Mono.just(current);
            }
            return writer.update(
                            raised,
                            current.version(),
                            current.version(),
                            "企业",
                            id,
                            null,
                            () -> new ConflictException("企业 " + id + " 无法更新"))
                    .flatMap(saved -> audit.append(
                                    "ENTERPRISE_TIER_RAISED", "ENTERPRISE", id, tierOf(current), tierOf(saved))
                            .thenReturn(saved));
        });
    }

    /**
     * The enterprise, for itself, bureau staff and the providers assigned to diagnose it; anyone else
     * may not read it (403).
     */
    public Mono<Enterprise> read(UUID id) {
        return requireReader(id).then(Mono.defer(() -> get(id)));
    }

    /**
     * Completes when the current actor may read the enterprise's file and diagnoses, and write its
     * diagnosis: the enterprise itself, bureau staff, or a provider the bureau assigned to diagnose it.
     */
    public Mono<Actor> requireReader(UUID id) {
        return AuditTrail.actor()
                .filterWhen(actor -> mayRead(actor, id))
                .switchIfEmpty(Mono.error(() -> new ForbiddenException("只能查看本企业的资料；服务商只能查看分派给它诊断的企业")));
    }

    private Mono<Boolean> mayRead(Actor actor, UUID id) {
        UUID org = actor.orgId();
        if (Viewers.ownerOrBureau(actor, Viewers.ENTERPRISE, id)) {
            return Mono.just(true);
        }
        return Viewers.PROVIDER.equals(actor.role()) && org != null
                ? assignments.existsByEnterpriseIdAndProviderId(id, org)
                : Mono.just(false);
    }

    public Mono<Enterprise> get(UUID id) {
        return enterprises.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("企业", id)));
    }

    /**
     * Makes each stored enterprise say what the bureau's list says (drafts already validated, credit codes
     * unique): new ones are created CONFIRMED, changed ones updated, identical ones left alone. Being on
     * the bureau's list confirms a self-registered enterprise.
     *
     * @return what became of each, in the order of {@code drafts}
     */
    public Flux<RosterUpsert> upsertAll(List<EnterpriseDraft> drafts) {
        return Flux.fromIterable(drafts)
                .map(EnterpriseDraft::creditCode)
                .buffer(LOOKUP_BATCH)
                .concatMap(enterprises::findByCreditCodeIn)
                .collectMap(Enterprise::creditCode)
                .flatMapMany(existing ->
                        Flux.fromIterable(drafts).concatMap(draft -> upsert(draft, existing.get(draft.creditCode()))));
    }

    private Mono<RosterUpsert> upsert(EnterpriseDraft draft, @Nullable Enterprise existing) {
        if (existing == null) {
            return insert(draft, RosterStatus.CONFIRMED).map(created -> new RosterUpsert(created, Outcome.CREATED));
        }
        if (existing.status() == RosterStatus.CONFIRMED
                && mapper.toDraft(existing).equals(draft)) {
            return Mono.just(new RosterUpsert(existing, Outcome.UNCHANGED));
        }
        return replace(existing, existing.version(), draft, RosterStatus.CONFIRMED)
                .map(updated -> new RosterUpsert(updated, Outcome.UPDATED));
    }

    private Mono<Enterprise> insert(EnterpriseDraft draft, RosterStatus status) {
        Instant now = clock.instant();
        return writer.insert(
                mapper.toEnterprise(draft, UUID.randomUUID(), status, 0, now, now),
                null,
                () -> new ConflictException("统一社会信用代码 " + draft.creditCode() + " 的企业已登记"));
    }

    private Mono<Enterprise> replace(
            Enterprise current, long expectedVersion, EnterpriseDraft draft, RosterStatus status) {
        Enterprise changed = mapper.toEnterprise(
                draft, current.id(), status, current.version(), current.createdAt(), clock.instant());
        return writer.update(
                changed,
                current.version(),
                expectedVersion,
                "企业",
                current.id(),
                null,
                () -> new ConflictException("统一社会信用代码 " + draft.creditCode() + " 已被另一家企业使用"));
    }

    private static Map<String, Object> tierOf(Enterprise enterprise) {
        return Map.of(
                "scale", enterprise.scale().name(),
                "specialization", enterprise.specialization().name(),
                "version", enterprise.version());
    }

    /** What the audit trail keeps of an enterprise's state. */
    private static Map<String, Object> summary(Enterprise enterprise) {
        return Map.of(
                "name", enterprise.name(),
                "creditCode", enterprise.creditCode(),
                "industry", enterprise.industry(),
                "status", enterprise.status().name(),
                "version", enterprise.version());
    }
}
