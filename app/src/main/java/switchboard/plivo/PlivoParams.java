package switchboard.plivo;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import switchboard.calls.Incoming;

/** A Plivo webhook's parameters (form body for POST, query for GET), read into typed values at the edge. */
public final class PlivoParams {
    private static final int MAX_LENGTH = 2048;
    private static final DateTimeFormatter PLIVO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Map<String, List<String>> params;

    private PlivoParams(Map<String, List<String>> params) {
        this.params = params;
    }

    public static PlivoParams of(Context ctx) {
        return new PlivoParams(ctx.method() == HandlerType.GET ? ctx.queryParamMap() : ctx.formParamMap());
    }

    /** The parameters every call webhook carries: CallUUID and To are required. */
    public Incoming.Call call() {
        String from = optional("From");
        return new Incoming.Call(required("CallUUID"), from == null ? "" : from, required("To"), optional("CallerName"));
    }

    public String required(String name) {
        String value = optional(name);
        if (value == null) throw new BadRequestResponse("missing parameter " + name);
        return value;
    }

    public String optional(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) return null;
        String value = values.get(0).trim();
        if (value.length() > MAX_LENGTH) throw new BadRequestResponse("parameter " + name + " is too long");
        return value;
    }

    /** Like {@link #optional}, for long text such as a transcription. */
    public String optionalText(String name, int maxLength) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) return null;
        String value = values.get(0).trim();
        if (value.length() > maxLength) throw new BadRequestResponse("parameter " + name + " is too long");
        return value;
    }

    public Integer optionalInt(String name) {
        String raw = optional(name);
        if (raw == null) return null;
        try {
            return (int) Math.round(Double.parseDouble(raw)); // Plivo sends "12" but also "12.0"
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("parameter " + name + " must be a number, got '" + raw + "'");
        }
    }

    public long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("bad call id in URL: " + ctx.pathParam("id"));
        }
    }

    public int step(Context ctx) {
        try {
            int step = Integer.parseInt(ctx.pathParam("step"));
            if (step < 0 || step > 1000) throw new NumberFormatException();
            return step;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("bad step in URL: " + ctx.pathParam("step"));
        }
    }

    /** Plivo's times: "2024-05-01 10:00:00" (UTC) or ISO-8601; unreadable times are left to the database clock. */
    public Instant optionalTime(String name) {
        String raw = optional(name);
        if (raw == null) return null;
        try {
            return LocalDateTime.parse(raw, PLIVO_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notPlivoFormat) {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
