package switchboard.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import switchboard.errors.InvalidInput;

/** Query and path parameters: the whole query checked before any handler but a webhook's, numbers read with clear 400s. */
public final class QueryParams {
    private QueryParams() {}

    /** Before every handler but a webhook's, whose values Plivo cannot correct (they are cleaned, not refused). */
    public static void checkUnlessWebhook(Context ctx) {
        if (!ctx.path().startsWith("/plivo/")) check(ctx);
    }

    /**
     * A broken percent escape, or a value that cannot be stored, is a 400 naming the parameter. What passes decodes
     * exactly as ctx.queryParam reads it, so no handler (API or page) sees a filter vanish.
     */
    public static void check(Context ctx) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : FormData.parse(ctx.queryString()).entrySet()) {
            String name = TextInput.storable(e.getKey());
            TextInput.problem(e.getKey()).ifPresent(p -> problems.putIfAbsent(name, "name " + p));
            e.getValue().forEach(v -> TextInput.problem(v).ifPresent(p -> problems.putIfAbsent(name, p)));
        }
        if (!problems.isEmpty()) throw new InvalidInput(problems);
    }

    public static Long optionalLong(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a number, got '" + raw + "'");
        }
    }

    /** true or false; absent or blank: null. */
    public static Boolean optionalBoolean(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestResponse(name + " must be true or false, got '" + raw + "'");
        };
    }

    /** An ISO-8601 time with its offset; absent or blank: null. */
    public static Instant optionalTime(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            return OffsetDateTime.parse(raw.trim().replace(' ', '+')).toInstant(); // an unencoded + arrives as a space
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be an ISO-8601 time such as 2026-11-22T09:00:00Z, got '" + raw + "'");
        }
    }

    public static int limit(Context ctx, int defaultLimit, int maxLimit) {
        Long limit = optionalLong(ctx, "limit");
        if (limit == null) return defaultLimit;
        if (limit < 1 || limit > maxLimit) throw new BadRequestResponse("limit must be between 1 and " + maxLimit);
        return limit.intValue();
    }

    public static long pathId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("id must be a number, got '" + ctx.pathParam("id") + "'");
        }
    }
}
