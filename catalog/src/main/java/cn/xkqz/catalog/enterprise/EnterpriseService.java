package cn.xkqz.catalog.enterprise;

import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Enterprises of the pilot: registered once (keyed by credit code) and read. */
@Service
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final DiagnosisAssignmentRepository assignments;
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final EnterpriseMapper mapper;
    private final Clock clock;
    private final AuditTrail audit;

    EnterpriseService(
            EnterpriseRepository enterprises,
            DiagnosisAssignmentRepository assignments,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            CatalogValidator validator,
            EnterpriseMapper mapper,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.enterprises = enterprises;
        this.assignments = assignments;
        this.template = template;
        this.writer = writer;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Mono<Enterprise> create(EnterpriseDraft draft) {
        Instant now = clock.instant();
        return validator
                .validate(draft)
                .then(Mono.defer(() -> writer.insert(
                        mapper.toEnterprise(draft, UUID.randomUUID(), 0, now, now),
                        null,
                        () -> new ConflictException("统一社会信用代码 " + draft.creditCode() + " 的企业已登记"))))
                .flatMap(created -> audit.append(
                                "ENTERPRISE_CREATED",
                                "ENTERPRISE",
                                created.id(),
                                null,
                                Map.of(
                                        "name",
                                        created.name(),
                                        "industry",
                                        created.industry(),
                                        "version",
                                        created.version()))
                        .thenReturn(created));
    }

    public Mono<Page<Enterprise>> list(PageQuery page) {
        return template.select(Enterprise.class)
                .matching(query(Criteria.empty()).with(page.newestFirst()))
                .all()
                .collectList()
                .zipWith(enterprises.count(), (items, total) -> new Page<>(items, page.page(), page.size(), total));
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

    /** A page of the enterprises the current reader may see: all for bureau staff, a provider's assigned ones. */
    public Mono<Page<Enterprise>> readAll(PageQuery page) {
        return AuditTrail.actor().flatMap(actor -> {
            UUID org = actor.orgId();
            if (Viewers.seesEverything(actor)) {
                return list(page);
            }
            if (Viewers.PROVIDER.equals(actor.role()) && org != null) {
                return enterprises
                        .findAssignedTo(org, page.size(), (long) page.page() * page.size())
                        .collectList()
                        .zipWith(
                                assignments.countByProviderId(org),
                                (items, total) -> new Page<>(items, page.page(), page.size(), total));
            }
            return Mono.error(new ForbiddenException("只有主管部门和服务商可以查看企业列表"));
        });
    }

    public Mono<Enterprise> get(UUID id) {
        return enterprises.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("企业", id)));
    }
}
