package switchboard.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.db.SqlErrors;
import switchboard.errors.Conflict;
import switchboard.errors.Forbidden;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;
import switchboard.errors.Unavailable;
import switchboard.errors.UpstreamFailed;
import switchboard.json.Json;

/**
 * The one place errors become responses: the project's own exceptions (services know nothing of HTTP) and
 * Javalin's (thrown by handlers) as a clear status and message, JSON under /api, plain text elsewhere; never a
 * stack trace.
 */
public final class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** How long a client should wait before trying again while the database is unreachable (also /health). */
    public static final int DATABASE_RETRY_AFTER_SECONDS = 5;
    // Unique constraints the API can trip, and the field each one is about.
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("sip_uri_claims_pkey", "sipUri",
            "apps_sip_uri_live", "sipUri", "lines_sip_uri_live", "sipUri", "users_email_live", "email",
            "api_keys_name_live", "name");

    private static volatile Pages pages; // the dashboard's error page, for browsers

    private ApiErrors() {}

    /** As {@link #register(RoutesConfig)}, and a browser opening a page gets the message as an HTML page. */
    public static void register(RoutesConfig routes, Pages html) {
        pages = html;
        register(routes);
    }

    public static void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> reply(ctx, e.getStatus(), e.getMessage(), Map.of()));
        routes.exception(InvalidInput.class, (e, ctx) -> reply(ctx, 400, "invalid request", e.fields()));
        routes.exception(NotFound.class, (e, ctx) -> reply(ctx, 404, e.getMessage(), Map.of()));
        routes.exception(Forbidden.class, (e, ctx) -> reply(ctx, 403, e.getMessage(), Map.of()));
        routes.exception(Conflict.class, (e, ctx) -> reply(ctx, 409, e.getMessage(), Map.of()));
        routes.exception(Unavailable.class, (e, ctx) -> reply(ctx, 503, e.getMessage(), Map.of()));
        routes.exception(UpstreamFailed.class, (e, ctx) -> reply(ctx, e.timedOut() ? 504 : 502, e.getMessage(), Map.of()));
        routes.exception(UnableToExecuteStatementException.class, ApiErrors::database);
        routes.exception(Exception.class, (e, ctx) -> {
            if (SqlErrors.unreachable(e)) {
                unavailable(ctx, e);
                return;
            }
            log.error("{} {} failed", ctx.method(), LogText.of(ctx.path()), e);
            reply(ctx, 500, "internal error", Map.of());
        });
    }

    /** PostgreSQL down: a 503 saying when to come back (Plivo retries a webhook that got one), one log line. */
    private static void unavailable(Context ctx, Exception e) {
        log.warn("{} {}: the database is unreachable: {}", ctx.method(), LogText.of(ctx.path()), LogText.of(e.getMessage()));
        ctx.header("Retry-After", Integer.toString(DATABASE_RETRY_AFTER_SECONDS));
        reply(ctx, 503, "database unavailable, retry later", Map.of());
    }

    private static void database(UnableToExecuteStatementException e, Context ctx) {
        var constraint = SqlErrors.uniqueConstraint(e);
        if (constraint.isPresent()) {
            String field = UNIQUE_FIELDS.getOrDefault(constraint.get(), "id");
            reply(ctx, 409, field + " is already in use", Map.of(field, "already in use"));
            return;
        }
        if (SqlErrors.unreachable(e)) {
            unavailable(ctx, e);
            return;
        }
        log.error("{} {} failed in the database", ctx.method(), LogText.of(ctx.path()), e);
        reply(ctx, 500, "internal error", Map.of());
    }

    private static void reply(Context ctx, int status, String message, Map<String, String> fields) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(fields.isEmpty() ? Json.map("error", message) : Json.map("error", message, "fields", fields));
        } else if (pages != null && PageAuth.isPage(ctx.path()) && wantsHtml(ctx)) {
            String text = fields.isEmpty() ? message : message + ": " + fields;
            if (ctx.header("HX-Request") != null) {
                ctx.html(Views.html("alert.jte", Map.of("message", text)));
            } else {
                pages.render(ctx, "error.jte", "Error " + status, "", "status", status, "message", text);
            }
        } else {
            String named = fields.entrySet().stream().map(f -> f.getKey() + " " + f.getValue()).sorted()
                    .collect(Collectors.joining("; "));
            ctx.contentType("text/plain; charset=UTF-8").result(fields.isEmpty() ? message : message + ": " + named);
        }
    }

    private static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.header("HX-Request") != null || accept != null && accept.contains("text/html");
    }
}
