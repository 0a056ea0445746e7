package cn.xkqz.pilot.fund;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface FundRepository extends R2dbcRepository<Fund, FundCode> {

    /** Every fund with the totals of its claims, computed in one aggregate. */
    @Query("""
            select f.code, f.name, f.rule, f.budget_yuan, f.per_enterprise_cap_yuan, f.per_year,
                   coalesce(sum(c.amount_yuan) filter (where c.status = 'APPROVED'), 0) as committed_yuan,
                   coalesce(sum(c.amount_yuan) filter (where c.status = 'PAID'), 0) as paid_yuan,
                   f.budget_yuan - coalesce(sum(c.amount_yuan) filter (where c.status in ('APPROVED', 'PAID')), 0)
                       as remaining_yuan,
                   f.version
            from fund f left join subsidy_claim c on c.fund = f.code
            where cast(:code as varchar) is null or f.code = :code
            group by f.code""")
    Flux<FundView> totals(String code);

    /** Locks the fund's row: every money move of a fund takes its turn, so none can overdraw it. */
    @Query("select code from fund where code = :code for update")
    Mono<String> lock(String code);

    /**
     * What {@code enterpriseId} holds from the fund (approved or paid claims), in {@code year} when the
     * fund's cap is per year, leaving out {@code claimId}.
     */
    @Query("""
            select coalesce(sum(amount_yuan), 0) from subsidy_claim
            where fund = :code and enterprise_id = :enterpriseId and status in ('APPROVED', 'PAID')
              and (not :perYear or year = :year) and id <> :claimId""")
    Mono<Long> heldBy(String code, UUID enterpriseId, boolean perYear, int year, UUID claimId);
}
