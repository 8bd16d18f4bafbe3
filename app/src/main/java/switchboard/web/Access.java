package switchboard.web;

import io.javalin.security.RouteRole;
import switchboard.access.Permission;

/** A route's tag in the route table: the {@link Permission} it needs, as Javalin carries it to {@link ApiAuth}. */
public enum Access implements RouteRole {
    READ(Permission.READ),
    ADMIN(Permission.ADMIN),
    SELF(Permission.SELF),
    ON_CALL(Permission.ON_CALL),
    WORK(Permission.WORK),
    SWAP(Permission.SWAP);

    private final Permission permission;

    Access(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
