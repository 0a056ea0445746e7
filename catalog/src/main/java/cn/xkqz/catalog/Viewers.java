package cn.xkqz.catalog;

import cn.xkqz.catalog.audit.Actor;
import java.util.UUID;

/**
 * Who reads a record, as the catalogue's read rules need it: bureau staff (and the app itself) see
 * everything, an organisation sees its own records whole, everyone else what the public sees.
 */
public final class Viewers {

    public static final String BUREAU = "BUREAU";
    public static final String PROVIDER = "PROVIDER";
    public static final String ENTERPRISE = "ENTERPRISE";

    private Viewers() {}

    /** Bureau staff, or work the app does by itself (imports, the outbox worker). */
    public static boolean seesEverything(Actor actor) {
        return BUREAU.equals(actor.role()) || Actor.SYSTEM.equals(actor);
    }

    /** Bureau staff, or {@code role} acting for exactly {@code orgId}. */
    public static boolean ownerOrBureau(Actor actor, String role, UUID orgId) {
        return seesEverything(actor) || (role.equals(actor.role()) && orgId.equals(actor.orgId()));
    }
}
