package switchboard.api;

import io.javalin.security.RouteRole;

/** Who may call a route; declared on each route in the table. */
public enum Access implements RouteRole {
    /** Any valid key: admin, or a user key (reads). */
    READ,
    /** Admin keys only. */
    ADMIN,
    /** Admin keys, or the user key bound to the user in the path's {id}. */
    SELF,
    /** Admin keys, or the user key of the user who answered the call in the path's {id}: the handler checks the call. */
    ON_CALL,
    /** Any valid key; the handler decides per resource (a user key works its own or unassigned callbacks). */
    WORK
}
