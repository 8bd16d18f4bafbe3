package switchboard.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.apikeys.ApiKeys;

/** Authorization: Bearer KEY on every /api/* request; each route declares its Access, which Rules decides. */
public final class ApiAuth {
    private static final String PRINCIPAL = "principal";

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
                .map(t -> new Principal("API_TOKEN", Principal.ADMIN, null))
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

    /** Once the route is known: does its Access let this key in? A route without one is closed. */
    public void authorize(Context ctx) {
        Principal principal = principal(ctx);
        boolean allowed = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst()
                .map(access -> Rules.allows(principal, access.permission(), () -> QueryParams.pathId(ctx)))
                .orElse(false);
        if (!allowed) throw new ForbiddenResponse("this API key may not do that");
    }
}
