package switchboard.plivo;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import switchboard.calls.Incoming;
import switchboard.web.FormData;
import switchboard.web.TextInput;

/**
 * A Plivo webhook's parameters (form body for POST, query for GET, decoded by {@link FormData}), read into typed values
 * at the edge.
 */
public final class PlivoParams {
    private static final int MAX_LENGTH = 2048;
    private static final DateTimeFormatter PLIVO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern COUNT = Pattern.compile("([0-9]{1,10})(?:\\.0+)?");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final Map<String, List<String>> params;

    private PlivoParams(Map<String, List<String>> params) {
        this.params = params;
    }

    public static PlivoParams of(Context ctx) {
        return new PlivoParams(FormData.webhookParams(ctx));
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

    /** The first value, trimmed, without what cannot be stored ({@link TextInput}: dropped, so the call is kept). */
    public String optional(String name) {
        return optionalText(name, MAX_LENGTH);
    }

    /** Like {@link #optional}, for long text such as a transcription. */
    public String optionalText(String name, int maxLength) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) return null;
        String value = TextInput.storable(values.get(0)).trim();
        if (value.isEmpty()) return null;
        if (value.length() > maxLength) throw new BadRequestResponse("parameter " + name + " is too long");
        return value;
    }

    /** A count (seconds, milliseconds): a whole number from 0, as Plivo writes it ("12", also "12.0"); else a 400. */
    public Integer optionalCount(String name) {
        String raw = optional(name);
        if (raw == null) return null;
        Matcher whole = COUNT.matcher(raw);
        if (!whole.matches() || Long.parseLong(whole.group(1)) > Integer.MAX_VALUE) {
            throw new BadRequestResponse("parameter " + name + " must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", got '" + (raw.length() > 40 ? raw.substring(0, 40) + "..." : raw) + "'");
        }
        return Integer.parseInt(whole.group(1));
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

    /**
     * Plivo's times: "2024-05-01 10:00:00" (UTC) or ISO-8601. Unreadable times, and times no call can have (before
     * 2000, after 2200: PostgreSQL would refuse some), are left to the database clock.
     */
    public Instant optionalTime(String name) {
        String raw = optional(name);
        if (raw == null) return null;
        Instant at = parseTime(raw);
        return at != null && at.isAfter(EARLIEST) && at.isBefore(LATEST) ? at : null;
    }

    private static Instant parseTime(String raw) {
        try {
            return LocalDateTime.parse(raw, PLIVO_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notPlivoFormat) {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
