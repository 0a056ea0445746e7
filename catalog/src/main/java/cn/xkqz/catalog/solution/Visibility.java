package cn.xkqz.catalog.solution;

import cn.xkqz.catalog.Viewers;
import cn.xkqz.catalog.audit.Actor;
import cn.xkqz.catalog.provider.ProviderStatus;
import java.util.UUID;

/**
 * The one rule for what the public sees of a solution: it is LISTED and its provider is ACTIVE ({@link
 * ProviderStatus#isPublic()}). Search and matching index exactly these ({@link SolutionSnapshot#searchable()});
 * reads, lists, compare and recommended lists apply the same rule. The provider itself and bureau staff
 * see their records in any state.
 */
public final class Visibility {

    /** {@link #isPublic(SolutionStatus, ProviderStatus)} as SQL over {@code solution s join provider p}. */
    static final String PUBLIC_SQL = "s.status = 'LISTED' and p.status = 'ACTIVE'";

    private Visibility() {}

    public static boolean isPublic(SolutionStatus solution, ProviderStatus provider) {
        return solution == SolutionStatus.LISTED && provider.isPublic();
    }

    /** Whether {@code actor} sees every state of the solutions of {@code providerId}. */
    static boolean seesAllOf(Actor actor, UUID providerId) {
        return Viewers.ownerOrBureau(actor, Viewers.PROVIDER, providerId);
    }

    /** Why the public does not see a solution (for bureau-facing messages), or empty when it does. */
    public static String whyHidden(SolutionStatus solution, ProviderStatus provider) {
        if (solution != SolutionStatus.LISTED) {
            return "方案不在架（" + solution + "）";
        }
        return provider.isPublic() ? "" : "服务商不在库（" + provider + "）";
    }
}
