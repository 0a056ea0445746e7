package cn.xkqz.api.pilot;

import static cn.xkqz.api.security.Role.BUREAU;
import static cn.xkqz.api.security.Role.ENTERPRISE;
import static cn.xkqz.api.security.Role.PROVIDER;

import cn.xkqz.api.openapi.Roles;
import cn.xkqz.catalog.Page;
import cn.xkqz.catalog.PageQuery;
import cn.xkqz.catalog.lifecycle.LifecycleView;
import cn.xkqz.pilot.claim.ClaimFilter;
import cn.xkqz.pilot.claim.ClaimLifecycle;
import cn.xkqz.pilot.claim.ClaimStatus;
import cn.xkqz.pilot.claim.ClaimStep;
import cn.xkqz.pilot.claim.Claims;
import cn.xkqz.pilot.claim.LoanInterestClaim;
import cn.xkqz.pilot.claim.SubsidyClaim;
import cn.xkqz.pilot.fund.BudgetRequest;
import cn.xkqz.pilot.fund.FundCode;
import cn.xkqz.pilot.fund.FundView;
import cn.xkqz.pilot.fund.Funds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Funds")
@RestController
class FundController {

    private final Funds funds;
    private final Claims claims;
    private final ClaimLifecycle lifecycle;

    FundController(Funds funds, Claims claims, ClaimLifecycle lifecycle) {
        this.funds = funds;
        this.claims = claims;
        this.lifecycle = lifecycle;
    }

    @Operation(
            operationId = "listFunds",
            summary = "奖补资金 Funds",
            description =
                    "每项资金的预算、每家企业上限，以及由奖补申请汇总的已批准、已拨付与余额。"
                            + " Each fund's budget, per-enterprise cap, and committed, paid and remaining totals from its claims.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/funds")
    Mono<Page<FundView>> funds() {
        return funds.list().map(all -> Page.of(all, new PageQuery(0, PageQuery.MAX_SIZE)));
    }

    @Operation(
            operationId = "getFund",
            summary = "查看资金 Get a fund",
            description = "预算、上限、已批准、已拨付、余额与 `version`（调整预算时带上）。A fund with its totals and version.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/funds/{code}")
    Mono<FundView> fund(
            @Parameter(description = "资金代码 Fund code", example = "DIAGNOSIS_FEE") @PathVariable FundCode code) {
        return funds.get(code);
    }

    @Operation(
            operationId = "setFundBudget",
            summary = "调整预算 Set a fund's budget",
            description = "带上读取时的 `version`；预算不能低于已批准与已拨付之和（409）。"
                    + " With the fund's version as read; never below what it has committed and paid (409).")
    @ApiResponse(responseCode = "200", description = "资金 The fund", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "版本已过期或低于已用 Stale version or below what is spoken for")
    @Roles(BUREAU)
    @PutMapping("/api/v1/funds/{code}")
    Mono<FundView> setBudget(
            @Parameter(description = "资金代码 Fund code", example = "DIAGNOSIS_FEE") @PathVariable FundCode code,
            @RequestBody BudgetRequest request) {
        return funds.setBudget(code, request);
    }

    @Operation(
            operationId = "listSubsidyClaims",
            summary = "奖补申请 Subsidy claims",
            description = "新的在前；企业只看本企业的，服务商只看付给它的诊断补助。"
                    + " Newest first; an enterprise sees its own, a provider the diagnosis fees paid to it.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @GetMapping("/api/v1/subsidy-claims")
    Mono<Page<SubsidyClaim>> claims(
            @Parameter(description = "企业 id Enterprise id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    UUID enterpriseId,
            @Parameter(description = "服务商 id Provider id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    @RequestParam(required = false)
                    @Nullable
                    UUID providerId,
            @Parameter(description = "资金代码 Fund code", example = "TRANSFORMATION")
                    @RequestParam(required = false)
                    @Nullable
                    FundCode fund,
            @Parameter(description = "状态 Status", example = "OPEN") @RequestParam(required = false) @Nullable
                    ClaimStatus status,
            @Parameter(description = "页码，从 0 开始 Page number, from 0", example = "0") @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(description = "每页条数 1–100 Page size", example = "20") @RequestParam(defaultValue = "20")
                    int size) {
        return Mono.fromCallable(() -> new PageQuery(page, size))
                .flatMap(q -> claims.list(new ClaimFilter(enterpriseId, providerId, fund, status), q));
    }

    @Operation(
            operationId = "getSubsidyClaim",
            summary = "查看奖补申请 Get a subsidy claim",
            description = "金额与计算依据（`rules`）；主管部门、该企业与受款服务商可见。The amount and its rules.")
    @Roles({ENTERPRISE, PROVIDER, BUREAU})
    @GetMapping("/api/v1/subsidy-claims/{id}")
    Mono<SubsidyClaim> claim(
            @Parameter(description = "申请 id Claim id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return claims.read(id);
    }

    @Operation(
            operationId = "openLoanInterestClaim",
            summary = "登记贴息申请 Open a loan-interest claim",
            description = "数转贷全额贴息：按企业当年支付的利息登记，每家每年最高 5 万元（批准时按年累计检查）。"
                    + " The interest an enterprise paid in a year, subsidised in full up to 50,000 a year.")
    @ApiResponse(responseCode = "201", description = "已登记 Opened", useReturnTypeSchema = true)
    @Roles(BUREAU)
    @PostMapping("/api/v1/subsidy-claims/loan-interest")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SubsidyClaim> openLoanInterest(@RequestBody LoanInterestClaim request) {
        return claims.openLoanInterest(request);
    }

    @Operation(
            operationId = "transitionSubsidyClaim",
            summary = "奖补审核与拨付 Claim step",
            description = "APPROVE（检查资金余额与每家上限，超出 409 并写明上限）、PAY（须 `reference`，可带 `paidOn`）、"
                    + "REJECT、RECOVER（收回，须写理由）。当前状态不允许时 409 并给出 `allowedActions`。"
                    + " Approve against the fund, pay, reject, or recover a paid claim.")
    @ApiResponse(responseCode = "200", description = "成功 OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "状态不允许、余额或上限不足 Not allowed now, or over a budget or cap")
    @Roles(BUREAU)
    @PostMapping("/api/v1/subsidy-claims/{id}/transitions")
    Mono<SubsidyClaim> transition(
            @Parameter(description = "申请 id Claim id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id,
            @RequestBody ClaimStep step) {
        return lifecycle.transition(id, step);
    }

    @Operation(
            operationId = "getSubsidyClaimLifecycle",
            summary = "奖补审核记录 Claim lifecycle",
            description = "当前状态、可执行的操作与全部历史。Where the claim stands, what can happen next, every step so far.")
    @Roles(BUREAU)
    @GetMapping("/api/v1/subsidy-claims/{id}/transitions")
    Mono<LifecycleView> transitions(
            @Parameter(description = "申请 id Claim id", example = "3fa85f64-5717-4562-b3fc-2c963f66afa6") @PathVariable
                    UUID id) {
        return lifecycle.view(id);
    }
}
