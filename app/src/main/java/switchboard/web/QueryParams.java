package switchboard.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** Reads numeric query and path parameters with clear 400s. */
public final class QueryParams {
    private QueryParams() {}

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
