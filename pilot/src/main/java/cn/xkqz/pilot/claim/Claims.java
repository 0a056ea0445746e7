package cn.xkqz.pilot.claim;

import static org.springframework.data.relational.core.query.Query.query;

import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.enterprise.EnterpriseService;
import cn.xkqz.catalog.error.FieldError;
import cn.xkqz.catalog.error.ForbiddenException;
import cn.xkqz.catalog.error.InvalidInputException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.lifecycle.Lifecycle;
import cn.xkqz.catalog.subsidy.AppliedRules;
import cn.xkqz.catalog.subsidy.SubsidyEstimate;
import cn.xkqz.catalog.subsidy.SubsidyRules;
import cn.xkqz.catalog.validation.CatalogValidator;
import cn.xkqz.pilot.fund.FundCode;
import cn.xkqz.pilot.project.Project;
import cn.xkqz.pilot.project.ProjectStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Subsidy claims: opened by the pilot's events (a decided project, a provider's diagnosis) or by bureau
 * staff (loan interest), and read by bureau staff, the enterprise and the provider a diagnosis fee pays. Their moves are
 * {@link ClaimLifecycle}.
 */
@Service
public class Claims {

    static final long DIAGNOSIS_FEE_YUAN = 2_000;
    static final long ACCEPTANCE_FEE_YUAN = 6_000;

    private final ClaimRepository claims;
    private final R2dbcEntityTemplate template;
    private final EnterpriseService enterprises;
    private final CatalogValidator validator;
    private final Lifecycle calendar;
    private final AuditTrail audit;
    private final Clock clock;

    Claims(
            ClaimRepository claims,
            R2dbcEntityTemplate template,
            EnterpriseService enterprises,
            CatalogValidator validator,
            Lifecycle calendar,
            AuditTrail audit,
            Clock clock) {
        this.claims = claims;
        this.template = template;
        this.enterprises = enterprises;
        this.validator = validator;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The claims a decided project opens, in the decision's transaction: the third-party acceptance fee,
     * and for an ACCEPTED project the transformation subsidy computed by the city's rules from the actual
     * spend and the level after.
     */
    public Flux<SubsidyClaim> openForDecision(Project project) {
        AppliedRules fee = new AppliedRules(
                List.of(new SubsidyEstimate.AppliedRule("第三方验收评价费用，每家企业最高6000元", ACCEPTANCE_FEE_YUAN)));
        Mono<SubsidyClaim> acceptance = open(
                FundCode.ACCEPTANCE_FEE, project.id(), project.enterpriseId(), null, ACCEPTANCE_FEE_YUAN, null, fee);
        if (project.status() != ProjectStatus.ACCEPTED) {
            return acceptance.flux();
        }
        int level = Objects.requireNonNullElse(project.postLevel(), 1);
        SubsidyEstimate estimate =
                SubsidyRules.apply(Objects.requireNonNullElse(project.actualSpendYuan(), 0L), level, 0);
        return acceptance.concatWith(open(
                FundCode.TRANSFORMATION,
                project.id(),
                project.enterpriseId(),
                null,
                estimate.subsidyYuan(),
                SubsidyRules.spendCap(level),
                new AppliedRules(estimate.rules())));
    }

    /** The diagnosis fee for the provider that diagnosed the enterprise, once per enterprise. */
    public Mono<SubsidyClaim> openDiagnosisFee(UUID enterpriseId, UUID providerId) {
        AppliedRules rules =
                new AppliedRules(List.of(new SubsidyEstimate.AppliedRule("服务商评估诊断补助，每家企业最高2000元", DIAGNOSIS_FEE_YUAN)));
        return claims.hasDiagnosisFee(enterpriseId)
                .filter(has -> !has)
                .flatMap(none ->
                        open(FundCode.DIAGNOSIS_FEE, null, enterpriseId, providerId, DIAGNOSIS_FEE_YUAN, null, rules));
    }

    /** A loan-interest claim for the year (bureau staff): the interest paid, in full up to the yearly cap. */
    @Transactional
    public Mono<SubsidyClaim> openLoanInterest(LoanInterestClaim request) {
        return Permissions.bureau("只有主管部门工作人员可以登记贴息申请")
                .then(validator.validate(request))
                .then(Mono.defer(() -> enterprises.get(request.enterpriseId())))
                .onErrorMap(
                        NotFoundException.class,
                        e -> new InvalidInputException(
                                "贴息申请有误", List.of(new FieldError("enterpriseId", "未知的企业 " + request.enterpriseId()))))
                .flatMap(enterprise -> {
                    // The rules' last item is the interest rule (the spend rule comes first, at 0).
                    SubsidyEstimate estimate = SubsidyRules.apply(0, 1, request.interestYuan());
                    AppliedRules interest =
                            new AppliedRules(List.of(estimate.rules().getLast()));
                    return insert(new SubsidyClaim(
                            UUID.randomUUID(),
                            FundCode.LOAN_INTEREST,
                            null,
                            enterprise.id(),
                            null,
                            request.year(),
                            estimate.loanInterestSubsidyYuan(),
                            null,
                            interest,
                            ClaimStatus.OPEN,
                            null,
                            null,
                            0,
                            clock.instant(),
                            clock.instant()));
                });
    }

    /** The claim, for bureau staff, its enterprise and the provider it pays. */
    public Mono<SubsidyClaim> read(UUID id) {
        return get(id).zipWith(AuditTrail.actor())
                .flatMap(state -> sees(state.getT2(), state.getT1())
                        ? Mono.just(state.getT1())
                        : Mono.error(new ForbiddenException("只能查看本企业或本服务商的奖补申请")));
    }

    /** A page of claims, newest first; an enterprise sees its own, a provider the fees paid to it. */
    public Mono<Page<SubsidyClaim>> list(ClaimFilter filter, PageQuery page) {
        return AuditTrail.actor()
                .flatMap(actor -> scoped(filter, actor))
                .flatMap(criteria -> template.select(SubsidyClaim.class)
                        .matching(query(criteria).with(page.newestFirst()))
                        .all()
                        .collectList()
                        .zipWith(
                                template.count(query(criteria), SubsidyClaim.class),
                                (items, total) -> new Page<>(items, page.page(), page.size(), total)));
    }

    /** Locks the claim for the rest of the transaction and reads it. */
    Mono<SubsidyClaim> lockAndGet(UUID id) {
        return claims.lock(id).then(Mono.defer(() -> get(id)));
    }

    Mono<SubsidyClaim> get(UUID id) {
        return claims.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException("奖补申请", id)));
    }

    private Mono<SubsidyClaim> open(
            FundCode fund,
            @Nullable UUID projectId,
            UUID enterpriseId,
            @Nullable UUID providerId,
            long amount,
            @Nullable Long cap,
            AppliedRules rules) {
        Instant now = clock.instant();
        return insert(new SubsidyClaim(
                UUID.randomUUID(),
                fund,
                projectId,
                enterpriseId,
                providerId,
                calendar.today().getYear(),
                amount,
                cap,
                rules,
                ClaimStatus.OPEN,
                null,
                null,
                0,
                now,
                now));
    }

    private Mono<SubsidyClaim> insert(SubsidyClaim claim) {
        return template.insert(claim)
                .flatMap(saved -> audit.append(
                                "SUBSIDY_CLAIM_OPENED",
                                ClaimLifecycle.ENTITY,
                                saved.id(),
                                null,
                                Map.of(
                                        "fund", saved.fund().name(),
                                        "enterpriseId", saved.enterpriseId().toString(),
                                        "amountYuan", saved.amountYuan()))
                        .thenReturn(saved));
    }

    private static boolean sees(Actor actor, SubsidyClaim claim) {
        return Viewers.ownerOrBureau(actor, Viewers.ENTERPRISE, claim.enterpriseId())
                || (Viewers.PROVIDER.equals(actor.role()) && Objects.equals(actor.orgId(), claim.providerId()));
    }

    private static Mono<Criteria> scoped(ClaimFilter filter, Actor actor) {
        Criteria criteria = Criteria.empty();
        criteria = filter.fund() == null ? criteria : criteria.and("fund").is(filter.fund());
        criteria = filter.status() == null ? criteria : criteria.and("status").is(filter.status());
        criteria = filter.enterpriseId() == null
                ? criteria
                : criteria.and("enterpriseId").is(filter.enterpriseId());
        criteria = filter.providerId() == null
                ? criteria
                : criteria.and("providerId").is(filter.providerId());
        UUID org = actor.orgId();
        if (Viewers.seesEverything(actor)) {
            return Mono.just(criteria);
        }
        if (org != null && Viewers.ENTERPRISE.equals(actor.role()) && own(filter.enterpriseId(), org)) {
            return Mono.just(criteria.and("enterpriseId").is(org));
        }
        if (org != null && Viewers.PROVIDER.equals(actor.role()) && own(filter.providerId(), org)) {
            return Mono.just(criteria.and("providerId").is(org));
        }
        return Mono.error(new ForbiddenException("企业和服务商只能查看本方的奖补申请"));
    }

    private static boolean own(@Nullable UUID filter, UUID org) {
        return filter == null || filter.equals(org);
    }
}
