package switchboard.rota;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import switchboard.rota.solver.RotaTimes;
import switchboard.web.JsonBody;

/**
 * One object inside a request body (a turn, a slot, an absence), read field by field; each problem goes to the body
 * under the field's full path ({@code turns[2].start}), so the one 400 names them all.
 */
final class Element {
    private final JsonNode node;
    private final String path;
    private final JsonBody body;

    private Element(JsonNode node, String path, JsonBody body) {
        this.node = node;
        this.path = path;
        this.body = body;
    }

    /** The element, or null (with the error noted) when it is not an object; unknown fields are errors. */
    static Element of(JsonNode node, String path, JsonBody body, Set<String> allowed, String shape) {
        if (node == null || !node.isObject()) {
            body.error(path, "must be an object like " + shape);
            return null;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) body.error(path + "." + f, "unknown field");
        });
        return new Element(node, path, body);
    }

    DayOfWeek day(String field) {
        JsonNode v = node.get(field);
        var day = v != null && v.isTextual() ? TurnTimes.day(v.asText()) : java.util.Optional.<DayOfWeek>empty();
        if (day.isEmpty()) error(field, "must be one of " + String.join(", ", TurnTimes.DAYS));
        return day.orElse(null);
    }

    LocalTime time(String field) {
        JsonNode v = node.get(field);
        try {
            return RotaTimes.parse(v != null && v.isTextual() ? v.asText() : null);
        } catch (IllegalArgumentException e) {
            error(field, "must be HH:MM from 00:00 to 24:00");
            return null;
        }
    }

    /** start and end, the end after the start; null when either is wrong. */
    LocalTime[] hours() {
        LocalTime start = time("start"), end = time("end");
        if (start == null || end == null) return null;
        if (!start.isBefore(end)) {
            error("end", "must be after start (a turn or slot ends by 24:00: split one that crosses midnight)");
            return null;
        }
        return new LocalTime[] {start, end};
    }

    LocalDate date(String field) {
        JsonNode v = node.get(field);
        try {
            if (v != null && v.isTextual() && v.asText().matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v.asText());
        } catch (DateTimeException e) {
            // falls through to the error below
        }
        error(field, "must be a date, YYYY-MM-DD");
        return null;
    }

    Integer integer(String field, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            error(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return v.asInt();
    }

    Long id(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1) {
            error(field, "must be a positive whole number");
            return null;
        }
        return v.asLong();
    }

    /** Distinct positive ids, in the order given. */
    List<Long> ids(String field) {
        JsonNode v = node.get(field);
        List<Long> ids = new ArrayList<>();
        if (v == null || !v.isArray()) {
            error(field, "must be an array of user ids (may be empty)");
            return ids;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode id = v.get(i);
            String at = field + "[" + i + "]";
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) error(at, "must be a user id");
            else if (ids.contains(id.asLong())) error(at, "repeats user " + id.asLong());
            else ids.add(id.asLong());
        }
        return ids;
    }

    /** Optional text, trimmed; null when absent, null or blank. */
    String text(String field, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            error(field, "must be a string");
            return null;
        }
        String s = v.asText().trim();
        if (s.length() > maxLength) error(field, "must be at most " + maxLength + " characters");
        return s.isEmpty() ? null : s;
    }

    void error(String field, String problem) {
        body.error(path + "." + field, problem);
    }
}
