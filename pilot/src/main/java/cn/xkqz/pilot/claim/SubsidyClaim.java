package cn.xkqz.pilot.claim;

import cn.xkqz.catalog.subsidy.AppliedRules;
import cn.xkqz.pilot.fund.FundCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A subsidy claim: money for an enterprise from one fund (for a diagnosis fee, paid to the provider that
 * diagnosed it), the rules that computed the amount, and where it stands. {@code year} is the year the
 * claim is for (the cap of loan interest is per year); {@code capYuan} the per-enterprise cap that
 * applies to it when it is not the fund's (a transformation subsidy at level 2).
 */
@Table("subsidy_claim")
public record SubsidyClaim(
        @Id UUID id,
        FundCode fund,
        @Nullable UUID projectId,
        UUID enterpriseId,
        @Nullable UUID providerId,
        int year,
        long amountYuan,
        @Nullable Long capYuan,
        AppliedRules rules,
        ClaimStatus status,
        @Nullable String paymentReference,
        @Nullable LocalDate paidOn,
        @Version long version,
        Instant createdAt,
        Instant updatedAt) {

    SubsidyClaim moved(ClaimStatus to, Instant now) {
        return new SubsidyClaim(
                id,
                fund,
                projectId,
                enterpriseId,
                providerId,
                year,
                amountYuan,
                capYuan,
                rules,
                to,
                paymentReference,
                paidOn,
                version,
                createdAt,
                now);
    }

    SubsidyClaim paid(String reference, LocalDate on, Instant now) {
        return new SubsidyClaim(
                id,
                fund,
                projectId,
                enterpriseId,
                providerId,
                year,
                amountYuan,
                capYuan,
                rules,
                ClaimStatus.PAID,
                reference,
                on,
                version,
                createdAt,
                now);
    }
}
