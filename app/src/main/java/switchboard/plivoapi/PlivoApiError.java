package switchboard.plivoapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.plivo.api.exceptions.AuthenticationException;
import com.plivo.api.exceptions.PlivoRestException;
import com.plivo.api.exceptions.ResourceNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import switchboard.json.Json;

/** A Plivo REST request that failed, told in one line a person can act on. No stack trace: the line is the story. */
public final class PlivoApiError extends RuntimeException {
    static final String STATUS_PREFIX = "HTTP ";
    private static final Pattern STATUS = Pattern.compile("(?s)^HTTP (\\d{3}) (.*)");
    private static final int ATTEMPTS_ON_5XX = 3; // plivo-java's voice requests try twice more on a 5xx

    public enum Kind { BAD_CREDENTIALS, NOT_FOUND, REFUSED, SERVER_ERROR, TIMEOUT, UNREACHABLE, UNEXPECTED }

    private final Kind kind;

    PlivoApiError(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static PlivoApiError of(String doing, Exception e, PlivoConnection connection) {
        if (e instanceof PlivoApiError already) return already;
        String at = " while " + doing;
        if (e instanceof AuthenticationException) {
            return new PlivoApiError(Kind.BAD_CREDENTIALS, "Plivo refused the credentials (HTTP 401)" + at
                    + ": check PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN");
        }
        if (e instanceof InterruptedIOException) {
            return new PlivoApiError(Kind.TIMEOUT, "Plivo did not answer within " + connection.timeout().toSeconds()
                    + "s" + at + " (" + connection.apiUrl() + "; PLIVO_API_TIMEOUT sets the limit)");
        }
        if (e instanceof IOException) {
            return new PlivoApiError(Kind.UNREACHABLE, "cannot reach Plivo at " + connection.apiUrl() + at + ": "
                    + oneLine(e.getMessage()));
        }
        if (e instanceof PlivoRestException) return fromStatus(at, e);
        return new PlivoApiError(Kind.UNEXPECTED, "unexpected answer from Plivo" + at + ": " + oneLine(e.toString()));
    }

    private static PlivoApiError fromStatus(String at, Exception e) {
        Matcher m = STATUS.matcher(e.getMessage() == null ? "" : e.getMessage());
        int status = m.matches() ? Integer.parseInt(m.group(1)) : e instanceof ResourceNotFoundException ? 404 : 0;
        String said = detail(m.matches() ? m.group(2) : e.getMessage());
        String http = status == 0 ? "" : " (HTTP " + status + ")";
        if (status == 404) return new PlivoApiError(Kind.NOT_FOUND, "Plivo has no such resource" + http + at + said);
        if (status >= 500) {
            return new PlivoApiError(Kind.SERVER_ERROR, "Plivo failed" + http + at + ", " + ATTEMPTS_ON_5XX
                    + " attempts" + said);
        }
        return new PlivoApiError(Kind.REFUSED, "Plivo refused the request" + http + at + said);
    }

    /** Plivo's own words: the "error" of its JSON body, else the body itself, on one short line. */
    private static String detail(String body) {
        if (body == null || body.isBlank()) return "";
        String text = body;
        try {
            JsonNode error = Json.mapper().readTree(body).path("error");
            if (error.isTextual()) text = error.asText();
            else if (!error.isMissingNode()) text = error.toString();
        } catch (IOException | RuntimeException notJson) {
            // an HTML error page or plain text: keep it as it is
        }
        return ": " + oneLine(text);
    }

    static String oneLine(String text) {
        if (text == null) return "";
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= 200 ? line : line.substring(0, 197) + "...";
    }
}
