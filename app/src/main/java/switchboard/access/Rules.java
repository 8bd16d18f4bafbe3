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
            case SWAP -> by.userId() != null; // and the swap decides the rest
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

    /**
     * Changing a callback's assignee (one the key may work): a user key may take it (assign it to its own user) or
     * give it back (assign it to nobody); only an admin key assigns someone else.
     */
    public static void requireMayAssign(Principal by, long callbackId, Long newAssigneeId) {
        if (!mayWork(by, newAssigneeId)) {
            throw new Forbidden("a user key may take callback " + callbackId + " (assign it to its own user) or give it"
                    + " back (assign it to nobody); only an admin key assigns someone else");
        }
    }

    /**
     * Whether a key may work a callback as it is (whose is it?) or as it would be (whose would it become?); the
     * dashboard shows the actions a viewer may take with it (the service checks again under its lock).
     */
    public static boolean mayWork(Principal by, Long assigneeId) {
        return by.isAdmin() || assigneeId == null || assigneeId.equals(by.userId());
    }

    // The weekly rota: a user declares their own availability (SELF); swaps are between the two people they name.

    /** A user's calendarUrl (a secret feed URL) is shown to admins and to that user only. */
    public static boolean maySeeCalendarUrl(Principal by, long userId) {
        return by.isAdmin() || Objects.equals(by.userId(), userId);
    }

    /** Offering a turn to a colleague: an admin, or the user whose turn it is. */
    public static void requireMayOfferSwap(Principal by, long fromUserId) {
        if (!by.isAdmin() && !Objects.equals(by.userId(), fromUserId)) {
            throw new Forbidden("a user key may only offer its own user's turns");
        }
    }

    /** Accepting or declining a swap: an admin, or the colleague it was offered to. */
    public static void requireMayAnswerSwap(Principal by, long swapId, long toUserId) {
        if (!by.isAdmin() && !Objects.equals(by.userId(), toUserId)) {
            throw new Forbidden("only the colleague swap " + swapId + " was offered to may accept or decline it");
        }
    }

    /** Withdrawing a swap: an admin, or the user who offered it. */
    public static void requireMayCancelSwap(Principal by, long swapId, long fromUserId) {
        if (!by.isAdmin() && !Objects.equals(by.userId(), fromUserId)) {
            throw new Forbidden("only the user who offered swap " + swapId + " may cancel it");
        }
    }

    // The dashboard (#18): who sees which page, who may set whose presence, who may change roles.

    /** Whether a page or a nav entry needing {@code needed} is open to this viewer (SELF, ON_CALL: the row decides). */
    public static boolean sees(Principal by, Permission needed) {
        return by.isAdmin() || needed == Permission.READ || needed == Permission.WORK;
    }

    /** Presence: one's own (admins: anyone's), as PUT /api/users/{id}/status. */
    public static boolean maySetPresence(Principal by, long userId) {
        return allows(by, Permission.SELF, () -> userId);
    }

    /** Roles: admins only, and never their own, so the last admin cannot lock everyone out. */
    public static void requireMayChangeRole(Principal by, long userId) {
        if (!by.isAdmin()) throw new Forbidden("only an admin may change roles");
        if (java.util.Objects.equals(by.userId(), userId)) throw new Forbidden("an admin may not change their own role");
    }
}
