package switchboard.access;

import java.util.Objects;
import switchboard.errors.Forbidden;

/**
 * Who may do what: every access rule, in one place. The route table names each route's {@link Permission};
 * the route-level part is decided before the handler runs ({@link #allows}), the part that depends on a row
 * (who answered a call, whose a callback is) by the service, under that row's lock, with the rules below.
 */
public final class Rules {
    private Rules() {}

    /** Before the handler: may this key reach a route needing {@code needed}? {@code pathId} is read only for SELF. */
    public static boolean allows(Principal by, Permission needed, java.util.function.LongSupplier pathId) {
        if (by.isAdmin()) return true;
        return switch (needed) {
            case READ, WORK -> true; // for WORK, the callback decides the rest
            case ON_CALL -> by.userId() != null; // and the call decides the rest
            case SELF -> by.userId() != null && by.userId() == pathId.getAsLong();
            case ADMIN -> false;
        };
    }

    /** Escalating a live call: an admin, or the user who answered it. */
    public static void requireAnswerer(Principal by, long callId, Long answeredUserId) {
        if (!by.isAdmin() && !Objects.equals(answeredUserId, by.userId())) {
            throw new Forbidden("only an admin key or the key of the user who answered call " + callId + " may escalate it");
        }
    }

    /** Working a callback (status, notes): an admin, or a user on one assigned to them or to nobody. */
    public static void requireMayWork(Principal by, long callbackId, Long assigneeId) {
        if (!mayWork(by, assigneeId)) throw new Forbidden("callback " + callbackId + " is assigned to someone else");
    }

    /** Creating a callback by hand: a user key only for itself or for nobody. */
    public static void requireMayCreateFor(Principal by, Long assigneeId) {
        if (!mayWork(by, assigneeId)) {
            throw new Forbidden("a user key may only create callbacks assigned to its user or to nobody");
        }
    }

    /** Adding a contact: any key (users may add the callers they meet), a user key only owned by itself or by nobody. */
    public static void requireMayAddContact(Principal by, Long ownerUserId) {
        if (!mayWork(by, ownerUserId)) throw new Forbidden("a user key may only add contacts owned by its user or by nobody");
    }

    private static boolean mayWork(Principal by, Long assigneeId) {
        return by.isAdmin() || assigneeId == null || assigneeId.equals(by.userId());
    }
}
