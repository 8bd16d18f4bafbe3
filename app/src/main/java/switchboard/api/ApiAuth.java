package switchboard.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/** Authorization: Bearer KEY on every /api/* request; each route declares its Access. */
public final class ApiAuth {
    private static final String PRINCIPAL = "principal";

    /** Who is calling: an admin, or a user key bound to one user. */
    public record Principal(String name, String role, Long userId) {
        public boolean isAdmin() {
            return role.equals("admin");
        }
    }

    private final Optional<byte[]> bootstrapToken;
    private final ApiKeys keys;

    public ApiAuth(Optional<String> apiToken, ApiKeys keys) {
        this.bootstrapToken = apiToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.keys = keys;
    }

    /** Before any /api/* handler: no key, an unknown or a revoked key is a 401. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw new UnauthorizedResponse("missing Authorization: Bearer API key");
        }
        String key = header.substring(7).trim();
        Principal principal = bootstrapToken
                .filter(t -> MessageDigest.isEqual(t, key.getBytes(StandardCharsets.UTF_8)))
                .map(t -> new Principal("API_TOKEN", "admin", null))
                .or(() -> keys.authenticate(key))
                .orElseThrow(() -> new UnauthorizedResponse("invalid or revoked API key"));
        ctx.attribute(PRINCIPAL, principal);
    }

    /** Who made this request; set for every /api/* route by authenticate. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) throw new UnauthorizedResponse("missing Authorization: Bearer API key");
        return principal;
    }

    /** Once the route is known: does this key's role allow it? */
    public void authorize(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        Set<RouteRole> roles = ctx.routeRoles();
        if (principal == null) throw new UnauthorizedResponse("missing Authorization: Bearer API key");
        if (principal.isAdmin() || roles.contains(Access.READ) || roles.contains(Access.WORK)) return;
        if (roles.contains(Access.SELF) && principal.userId() != null && principal.userId() == QueryParams.pathId(ctx)) return;
        if (roles.contains(Access.ON_CALL) && principal.userId() != null) return;
        throw new ForbiddenResponse("this API key may not do that");
    }

    /** The user a user key is bound to; empty for admin keys. For handlers that check access against their data. */
    public static Optional<Long> keyUser(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        return principal == null || principal.isAdmin() ? Optional.empty() : Optional.ofNullable(principal.userId());
    }

    /** Who called, for the timeline: the key's name. */
    public static String keyName(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        return principal == null ? null : principal.name();
    }
}
