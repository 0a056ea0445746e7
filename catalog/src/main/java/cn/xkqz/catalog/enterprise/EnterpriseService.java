package cn.xkqz.catalog.enterprise;

import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
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
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final EnterpriseMapper mapper;
    private final Clock clock;
    private final AuditTrail audit;

    EnterpriseService(
            EnterpriseRepository enterprises,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            CatalogValidator validator,
            EnterpriseMapper mapper,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.enterprises = enterprises;
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
     * The enterprise as the current reader may see it: whole for itself and bureau staff, masked for
     * providers; other enterprises may not read it at all (403).
     */
    public Mono<Enterprise> read(UUID id) {
        return Permissions.require(
                        actor -> Viewers.ownerOrBureau(actor, Viewers.ENTERPRISE, id)
                                || Viewers.PROVIDER.equals(actor.role()),
                        "只能查看本企业的资料")
                .then(Mono.defer(() -> get(id)))
                .zipWith(AuditTrail.actor(), (found, actor) -> asSeenBy(found, actor));
    }

    /** A page of enterprises as the current reader may see them (bureau staff: whole; others: masked). */
    public Mono<Page<Enterprise>> readAll(PageQuery page) {
        return list(page).zipWith(AuditTrail.actor(), (found, actor) -> found.map(e -> asSeenBy(e, actor)));
    }

    private static Enterprise asSeenBy(Enterprise enterprise, Actor actor) {
        return Viewers.ownerOrBureau(actor, Viewers.ENTERPRISE, enterprise.id()) ? enterprise : enterprise.masked();
    }

    public Mono<Enterprise> get(UUID id) {
        return enterprises.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("企业", id)));
    }
}
