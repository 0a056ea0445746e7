package cn.xkqz.pilot.expert;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.error.Quoted;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.catalog.validation.Violations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The expert pool (专家智库): bureau staff add experts; experts declare conflicts; panels are checked. */
@Service
public class Experts {

    /** The role of an expert's token, whose {@code orgId} is the expert's id. */
    public static final String ROLE = "EXPERT";

    private final ExpertRepository experts;
    private final ExpertConflictRepository conflicts;
    private final CatalogValidator validator;
    private final RecordWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    Experts(
            ExpertRepository experts,
            ExpertConflictRepository conflicts,
            CatalogValidator validator,
            RecordWriter writer,
            AuditTrail audit,
            Clock clock) {
        this.experts = experts;
        this.conflicts = conflicts;
        this.validator = validator;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The id of the acting expert; anyone else is refused (403) with {@code denied}. */
    public static Mono<UUID> actingExpert(String denied) {
        return AuditTrail.actor()
                .flatMap(actor -> ROLE.equals(actor.role()) ? Mono.justOrEmpty(actor.orgId()) : Mono.empty())
                .switchIfEmpty(Mono.error(() -> new ForbiddenException(denied)));
    }

    /** Adds an expert to the pool (bureau staff). */
    @Transactional
    public Mono<Expert> create(ExpertDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以登记专家")
                .then(validator.validate(draft))
                .then(Mono.defer(() -> requireOrganisations(draft)))
                .then(Mono.defer(() -> writer.insert(
                        new ExpertRow(
                                UUID.randomUUID(),
                                draft.name().strip(),
                                draft.fields(),
                                draft.organization().strip(),
                                draft.providerId(),
                                clock.instant()),
                        null,
                        () -> new ConflictException("专家已登记"))))
                .flatMap(row -> audit.append(
                                "EXPERT_CREATED",
                                "EXPERT",
                                row.id(),
                                null,
                                Map.of(
                                        "name",
                                        row.name(),
                                        "fields",
                                        row.fields(),
                                        "providerId",
                                        String.valueOf(row.providerId())))
                        .thenMany(Flux.fromIterable(draft.conflicts()))
                        .concatMap(conflict -> store(row.id(), conflict))
                        .then(get(row.id())));
    }

    /** A page of the pool, newest first, optionally only experts of {@code field} (bureau staff). */
    public Mono<Page<Expert>> list(@Nullable String field, PageQuery page) {
        return Permissions.bureau("只有主管部门工作人员可以查看专家库")
                .then(
                        field == null || ExpertFields.ALL.contains(field)
                                ? Mono.empty()
                                : invalid(
                                        "field",
                                        "未知的专业领域" + Quoted.value(field) + "，可选：" + String.join("、", ExpertFields.ALL)))
                .then(Mono.defer(() -> experts.findPage(field, page.size(), (long) page.page() * page.size())
                        .collectList()))
                .flatMap(this::withConflicts)
                .zipWith(
                        experts.countWithField(field),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    /** The expert (bureau staff, or the expert itself). */
    public Mono<Expert> read(UUID id) {
        return Permissions.require(actor -> Viewers.ownerOrBureau(actor, ROLE, id), "专家只能查看本人的资料")
                .then(Mono.defer(() -> get(id)));
    }

    /** Records a conflict of interest the expert declares (the expert itself, or bureau staff for it). */
    @Transactional
    public Mono<Expert> declare(UUID expertId, ConflictDeclaration declaration) {
        return Permissions.require(actor -> Viewers.ownerOrBureau(actor, ROLE, expertId), "专家只能申报本人的利益冲突")
                .then(validator.validate(declaration))
                .then(Mono.defer(() -> get(expertId)))
                .flatMap(expert -> requireOrganisation(declaration.orgId(), "orgId"))
                .then(Mono.defer(() -> store(expertId, declaration)))
                .then(Mono.defer(() -> get(expertId)));
    }

    /**
     * The experts named by {@code ids}, once none of them is tied to any of {@code orgIds} (the provider
     * and the enterprise whose work they would judge): an unknown id is bad input (400), a tie a conflict
     * (409) that names the expert and the tie.
     */
    public Flux<Expert> independentOf(List<UUID> ids, List<UUID> orgIds) {
        return experts.findByIdIn(ids)
                .collectList()
                .flatMap(this::withConflicts)
                .flatMapMany(found -> {
                    List<UUID> known = found.stream().map(Expert::id).toList();
                    Violations violations = new Violations();
                    for (int i = 0; i < ids.size(); i++) {
                        if (!known.contains(ids.get(i))) {
                            violations.add("expertIds[" + i + "]", "未知的专家 " + Quoted.value(ids.get(i)));
                        }
                    }
                    violations.throwIfAny("专家名单有误");
                    String ties = found.stream()
                            .map(expert -> expert.tieTo(orgIds))
                            .filter(tie -> tie != null)
                            .collect(Collectors.joining("；"));
                    return ties.isEmpty()
                            ? Flux.fromIterable(found)
                            : Flux.error(new ConflictException("以下专家须回避：" + ties));
                });
    }

    /** The expert, whoever asks (for the services that check panels). */
    public Mono<Expert> get(UUID id) {
        return experts.findById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("专家", id)))
                .flatMap(row -> withConflicts(List.of(row)))
                .map(List::getFirst);
    }

    private Mono<List<Expert>> withConflicts(List<ExpertRow> rows) {
        return conflicts
                .findByExpertIdInOrderByDeclaredAt(
                        rows.stream().map(ExpertRow::id).toList())
                .collectMultimap(ExpertConflict::expertId)
                .map(byExpert -> rows.stream()
                        .map(row -> row.withConflicts(List.copyOf(byExpert.getOrDefault(row.id(), List.of()))))
                        .toList());
    }

    private Mono<Void> store(UUID expertId, ConflictDeclaration declaration) {
        ExpertConflict conflict = new ExpertConflict(
                UUID.randomUUID(),
                expertId,
                declaration.orgId(),
                declaration.reason().strip(),
                clock.instant());
        return writer.insert(
                        conflict,
                        null,
                        () -> new ConflictException("专家 " + expertId + " 已申报与 " + declaration.orgId() + " 的利益冲突"))
                .flatMap(saved -> audit.append(
                        "EXPERT_CONFLICT_DECLARED",
                        "EXPERT",
                        expertId,
                        null,
                        Map.of("orgId", saved.orgId().toString(), "reason", saved.reason())));
    }

    private Mono<Void> requireOrganisations(ExpertDraft draft) {
        UUID provider = draft.providerId();
        Mono<Void> affiliation = provider == null
                ? Mono.empty()
                : experts.isProvider(provider)
                        .flatMap(known -> known ? Mono.empty() : invalid("providerId", "未知的服务商 " + provider));
        return affiliation
                .thenMany(Flux.range(0, draft.conflicts().size()))
                .concatMap(i -> requireOrganisation(draft.conflicts().get(i).orgId(), "conflicts[" + i + "].orgId"))
                .then();
    }

    private Mono<Void> requireOrganisation(UUID orgId, String field) {
        return experts.isOrganisation(orgId)
                .flatMap(known -> known ? Mono.empty() : invalid(field, "未知的服务商或企业 " + orgId));
    }

    private static Mono<Void> invalid(String field, String message) {
        return Mono.error(new InvalidInputException("专家资料有误", List.of(new FieldError(field, message))));
    }
}
