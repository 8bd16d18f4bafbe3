package switchboard.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.accounts.Session;
import switchboard.accounts.Sessions;
import switchboard.accounts.Tokens;

/**
 * The dashboard's door. A session cookie (HttpOnly, SameSite=Lax, Secure when PUBLIC_URL is https) names a session in
 * the database; every page route names the Access it needs (or {@link #OPEN}: the sign-in pages), decided by Rules,
 * and a route naming neither is closed. Every state-changing request carries the CSRF token (form field _csrf or
 * header X-CSRF-Token) or is refused with 403: the session's token once signed in, before that a form token from
 * a cookie of its own (the sign-in form).
 */
public final class PageAuth {
    public static final String COOKIE = "sb_session";
    public static final String FORM_COOKIE = "sb_form";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** A page anyone may open: the sign-in pages. */
    public static final RouteRole OPEN = new RouteRole() {
        @Override
        public String toString() {
            return "OPEN";
        }
    };
    private static final String SESSION = "session";
    private static final String FORM_TOKEN = "form-token";
    private static final List<String> NOT_PAGES = List.of("/api/", "/plivo/", "/webjars/", "/assets/", "/media/", "/rota/", "/health", "/openapi.json",
            "/metrics");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final boolean secure;

    public PageAuth(Sessions sessions, String publicUrl) {
        this.sessions = sessions;
        this.secure = publicUrl.startsWith("https:");
    }

    public static boolean isPage(String path) {
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    /** Before any page: who is signed in, if anyone. */
    public void authenticate(Context ctx) {
        if (!isPage(ctx.path())) return;
        sessions.find(ctx.cookie(COOKIE)).ifPresent(s -> ctx.attribute(SESSION, s));
    }

    /** Once the route is known: may this viewer open it, and does a change carry its CSRF token? */
    public void authorize(Context ctx) {
        if (!isPage(ctx.path())) return;
        Set<RouteRole> roles = ctx.routeRoles();
        Optional<Session> session = sessionOf(ctx);
        if (roles.contains(OPEN)) {
            if (!SAFE.contains(ctx.method().name())) requireToken(ctx, ctx.cookie(FORM_COOKIE));
            return;
        }
        Access access = roles.stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst()
                .orElseThrow(() -> new ForbiddenResponse("this page is closed"));
        if (session.isEmpty()) {
            signInFirst(ctx);
            return;
        }
        if (!SAFE.contains(ctx.method().name())) requireToken(ctx, session.get().csrfToken());
        Principal viewer = session.get().principal();
        boolean allowed = access == Access.SELF ? Rules.maySetPresence(viewer, QueryParams.pathId(ctx))
                : Rules.sees(viewer, access.permission());
        if (!allowed) throw new ForbiddenResponse("only an admin may open this page");
    }

    private static void requireToken(Context ctx, String expected) {
        String given = ctx.header(CSRF_HEADER);
        if (given == null) given = ctx.formParam(CSRF_FIELD);
        if (expected == null || !Tokens.same(expected, given)) {
            throw new ForbiddenResponse("missing or wrong CSRF token: reload the page and try again");
        }
    }

    /** Pages redirect to the sign-in page (htmx follows HX-Redirect); anything else is a 401. */
    private static void signInFirst(Context ctx) {
        String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
        String target = "/sign-in" + (next.equals("/") ? "" : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", target).status(401);
        } else if (ctx.method().name().equals("GET")) {
            ctx.redirect(target);
        } else {
            ctx.status(401);
        }
        ctx.skipRemainingHandlers();
    }

    public static Optional<Session> sessionOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The signed-in viewer of a page route (every non-OPEN page has one). */
    public static Session session(Context ctx) {
        return sessionOf(ctx).orElseThrow(() -> new ForbiddenResponse("sign in first"));
    }

    public static Principal principal(Context ctx) {
        return session(ctx).principal();
    }

    /** The sign-in form's token: the form cookie's value, set now if the browser has none. */
    public static String formToken(Context ctx) {
        String known = ctx.attribute(FORM_TOKEN);
        if (known == null) known = ctx.cookie(FORM_COOKIE);
        if (known == null || known.length() < 20) {
            known = Tokens.newToken();
            Cookie cookie = new Cookie(FORM_COOKIE, known);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.LAX);
            cookie.setPath("/");
            ctx.cookie(cookie);
        }
        ctx.attribute(FORM_TOKEN, known);
        return known;
    }

    public void start(Context ctx, Session session) {
        Cookie cookie = new Cookie(COOKIE, session.token());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setSameSite(SameSite.LAX);
        cookie.setPath("/");
        ctx.cookie(cookie);
        ctx.attribute(SESSION, session);
    }

    public void end(Context ctx) {
        sessionOf(ctx).ifPresent(s -> sessions.signOut(s.id()));
        ctx.removeCookie(COOKIE, "/");
    }

    /**
     * The address sign-in limits count: the last X-Forwarded-For hop when the peer is a proxy on a private or
     * loopback address (Heroku's router appends the client there), else the peer itself, which a client cannot forge.
     */
    public static String address(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !isProxy(peer)) return peer;
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].trim();
    }

    private static boolean isProxy(String peer) {
        try {
            InetAddress a = InetAddress.getByName(peer);
            return a.isLoopbackAddress() || a.isSiteLocalAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
