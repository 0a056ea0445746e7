package cn.xkqz.pilot.fund;

import cn.xkqz.catalog.Permissions;
import cn.xkqz.catalog.audit.AuditTrail;
import cn.xkqz.catalog.error.ConflictException;
import cn.xkqz.catalog.error.NotFoundException;
import cn.xkqz.catalog.validation.CatalogValidator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The subsidy funds: their totals for bureau staff, their budgets, and the check every approval makes
 * under the fund's lock: the fund's remaining budget and the enterprise's cap.
 */
@Service
public class Funds {

    private final FundRepository funds;
    private final R2dbcEntityTemplate template;
    private final CatalogValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    Funds(
            FundRepository funds,
            R2dbcEntityTemplate template,
            CatalogValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.funds = funds;
        this.template = template;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every fund with its totals, in the plan's order (bureau staff). */
    public Mono<List<FundView>> list() {
        return Permissions.bureau("只有主管部门工作人员可以查看资金")
                .thenMany(funds.totals(null))
                .collectSortedList(Comparator.comparing(FundView::code));
    }

    /** The fund with its totals (bureau staff). */
    public Mono<FundView> get(FundCode code) {
        return Permissions.bureau("只有主管部门工作人员可以查看资金").then(Mono.defer(() -> totals(code)));
    }

    /** Sets the fund's budget (bureau staff); never below what it has committed and paid. */
    @Transactional
    public Mono<FundView> setBudget(FundCode code, BudgetRequest request) {
        return Permissions.bureau("只有主管部门工作人员可以调整预算")
                .then(validator.validate(request))
                .then(Mono.defer(() -> funds.lock(code.name())))
                .then(Mono.defer(() -> funds.findById(code)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("资金", code)))
                .zipWith(Mono.defer(() -> totals(code)))
                .flatMap(state -> {
                    Fund fund = state.getT1();
                    FundView now = state.getT2();
                    long spoken = now.committedYuan() + now.paidYuan();
                    if (request.version() != fund.version()) {
                        return Mono.error(ConflictException.staleVersion("资金", code, request.version()));
                    }
                    if (request.budgetYuan() < spoken) {
                        return Mono.error(new ConflictException("资金 " + code + " 已批准和拨付 " + spoken + " 元，预算不能低于此数（提交的是 "
                                + request.budgetYuan() + " 元）"));
                    }
                    return template.update(fund.withBudget(request.budgetYuan(), clock.instant()))
                            .flatMap(saved -> audit.append(
                                    "FUND_BUDGET_SET",
                                    "FUND",
                                    code.name(),
                                    Map.of("budgetYuan", fund.budgetYuan()),
                                    Map.of("code", code.name(), "budgetYuan", saved.budgetYuan())));
                })
                .then(Mono.defer(() -> totals(code)));
    }

    /**
     * Completes when {@code amount} for {@code enterpriseId} (in {@code year}) fits the fund's remaining
     * budget and the enterprise's cap ({@code cap}, or the fund's when null), counting what the
     * enterprise already holds from it; else a 409
     * naming the fund or the cap. The caller's transaction holds the fund's lock from here on, so two
     * approvals can never both take the last of a budget.
     */
    public Mono<Void> requireRoom(
            FundCode code, UUID claimId, UUID enterpriseId, int year, long amount, @Nullable Long cap) {
        return funds.lock(code.name())
                .then(Mono.defer(() -> funds.findById(code)))
                .zipWhen(fund -> totals(code))
                .flatMap(state -> funds.heldBy(
                                code.name(), enterpriseId, state.getT1().perYear(), year, claimId)
                        .flatMap(held -> room(state.getT1(), state.getT2(), held, amount, cap)));
    }

    private static Mono<Void> room(Fund fund, FundView totals, long held, long amount, @Nullable Long claimCap) {
        if (amount > totals.remainingYuan()) {
            return Mono.error(new ConflictException("资金“" + fund.name() + "”（" + fund.code() + "）余额 "
                    + totals.remainingYuan() + " 元，不足以批准 " + amount + " 元"));
        }
        Long cap = claimCap != null ? claimCap : fund.perEnterpriseCapYuan();
        if (cap != null && held + amount > cap) {
            return Mono.error(new ConflictException("超过“" + fund.name() + "”每家企业" + (fund.perYear() ? "每年" : "") + "上限 "
                    + cap + " 元：该企业已获批 " + held + " 元，本次 " + amount + " 元"));
        }
        return Mono.empty();
    }

    private Mono<FundView> totals(FundCode code) {
        return funds.totals(code.name()).single();
    }
}
