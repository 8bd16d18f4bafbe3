package switchboard.access;

/** What a route asks of the key that calls it; {@link Rules} says who has it. */
public enum Permission {
    /** Any valid key: admin, or a user key (reads). */
    READ,
    /** Admin keys only. */
    ADMIN,
    /** Admin keys, or the user key bound to the user in the path's {id} (presence, rota availability, calendar token). */
    SELF,
    /** Admin keys, or the user key of the user who answered the call in the path's {id} ({@link Rules#requireAnswerer}). */
    ON_CALL,
    /**
     * Admin keys, or a user key on what is its own or nobody's: callbacks ({@link Rules#requireMayWork}), contacts it
     * adds ({@link Rules#requireMayAddContact}).
     */
    WORK,
    /** Admin keys, or a user key on rota swaps of its own turns ({@link Rules#requireMayOfferSwap} and the others). */
    SWAP
}
