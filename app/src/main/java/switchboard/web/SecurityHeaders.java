package switchboard.web;

import io.javalin.http.Context;

/**
 * On every response. The policy allows no inline script or style at all: htmx is told not to inject its indicator
 * style and not to evaluate anything (meta htmx-config in the layout); voicemails play from Plivo's https media host.
 */
public final class SecurityHeaders {
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self' https:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private SecurityHeaders() {}

    public static void set(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
