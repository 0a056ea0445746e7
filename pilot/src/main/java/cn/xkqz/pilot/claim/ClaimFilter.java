package cn.xkqz.pilot.claim;

import cn.xkqz.pilot.fund.FundCode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which claims a listing shows. */
public record ClaimFilter(
        @Nullable UUID enterpriseId,
        @Nullable UUID providerId,
        @Nullable FundCode fund,
        @Nullable ClaimStatus status) {}
