package cn.xkqz.pilot.chain;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.RecordWriter;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.provider.ProviderService;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/** Chain cases (“链式”转型): bureau staff record them, anyone reads them. */
@Service
public class ChainCases {

    static final String ENTITY = "CHAIN_CASE";

    private final ChainCaseRepository cases;
    private final EnterpriseService enterprises;
    private final ProviderService providers;
    private final R2dbcEntityTemplate template;
    private final RecordWriter writer;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    ChainCases(
            ChainCaseRepository cases,
            EnterpriseService enterprises,
            ProviderService providers,
            R2dbcEntityTemplate template,
            RecordWriter writer,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.enterprises = enterprises;
        this.providers = providers;
        this.template = template;
        this.writer = writer;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<ChainCaseView> create(ChainCaseDraft draft) {
        return Permissions.bureau("只有主管部门工作人员可以登记链式转型案例")
                .then(validator.validate(draft))
                .then(Mono.defer(() -> checkParties(draft)))
                .then(Mono.defer(() -> writer.insert(
                        new ChainCase(
                                UUID.randomUUID(),
                                draft.title().strip(),
                                draft.leadEnterpriseId(),
                                draft.leadProviderId(),
                                draft.memberEnterpriseIds(),
                                draft.model(),
                                draft.summary().strip(),
                                clock.instant()),
                        null,
                        () -> new ConflictException("链式转型案例重复"))))
                .flatMap(saved -> audit.append("CHAIN_CASE_CREATED", ENTITY, saved.id(), null, summary(saved))
                        .thenReturn(saved))
                .flatMap(saved -> views(List.of(saved)))
                .map(List::getFirst);
    }

    /** A page of chain cases, newest first, of one model when given (public). */
    public Mono<Page<ChainCaseView>> list(@Nullable ChainModel model, PageQuery page) {
        Criteria criteria = model == null ? Criteria.empty() : where("model").is(model);
        return template.select(ChainCase.class)
                .matching(query(criteria).with(page.newestFirst()))
                .all()
                .collectList()
                .flatMap(this::views)
                .zipWith(
                        template.count(query(criteria), ChainCase.class),
                        (items, total) -> new Page<>(items, page.page(), page.size(), total));
    }

    /** The chain case (public). */
    public Mono<ChainCaseView> get(UUID id) {
        return cases.findById(id)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("链式转型案例", id)))
                .flatMap(found -> views(List.of(found)))
                .map(List::getFirst);
    }

    private Mono<Void> checkParties(ChainCaseDraft draft) {
        List<Mono<?>> checks = new ArrayList<>();
        if (draft.leadEnterpriseId() != null) {
            checks.add(known(
                    enterprises.get(draft.leadEnterpriseId()),
                    "leadEnterpriseId",
                    "未知的企业 " + draft.leadEnterpriseId()));
        }
        if (draft.leadProviderId() != null) {
            checks.add(
                    known(providers.get(draft.leadProviderId()), "leadProviderId", "未知的服务商 " + draft.leadProviderId()));
        }
        for (int i = 0; i < draft.memberEnterpriseIds().size(); i++) {
            UUID member = draft.memberEnterpriseIds().get(i);
            checks.add(known(enterprises.get(member), "memberEnterpriseIds[" + i + "]", "未知的企业 " + member));
        }
        return Flux.concat(checks).then();
    }

    private static Mono<?> known(Mono<?> lookup, String field, String message) {
        return lookup.onErrorMap(
                NotFoundException.class,
                e -> new InvalidInputException("链式转型案例资料有误", List.of(new FieldError(field, message))));
    }

    private Mono<List<ChainCaseView>> views(List<ChainCase> found) {
        List<UUID> ids = new ArrayList<>();
        found.forEach(c -> {
            ids.add(c.leadId());
            ids.addAll(c.memberEnterpriseIds());
        });
        if (ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return cases.names(ids)
                .collectMap(ChainCaseRepository.Named::id, ChainCaseRepository.Named::name, HashMap::new)
                .map(names ->
                        found.stream().map(c -> ChainCaseView.of(c, names)).toList());
    }

    private static Map<String, Object> summary(ChainCase c) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("title", c.title());
        summary.put("model", c.model().name());
        summary.put("lead", c.leadId().toString());
        summary.put("members", c.memberEnterpriseIds().size());
        return summary;
    }
}
