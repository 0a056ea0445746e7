package cn.xkqz.pilot.claim;

import java.util.UUID;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.r2dbc.repository.R2dbcRepository;
import reactor.core.publisher.Mono;

interface ClaimRepository extends R2dbcRepository<SubsidyClaim, UUID> {

    /** Locks the claim's row, so that steps on one claim take turns. */
    @Query("select id from subsidy_claim where id = :id for update")
    Mono<UUID> lock(UUID id);

    /** Whether the enterprise has a diagnosis-fee claim that is not rejected (one fee per enterprise). */
    @Query("""
            select exists (select 1 from subsidy_claim
                           where fund = 'DIAGNOSIS_FEE' and enterprise_id = :enterpriseId and status <> 'REJECTED')""")
    Mono<Boolean> hasDiagnosisFee(UUID enterpriseId);
}
