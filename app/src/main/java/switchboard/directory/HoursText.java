package switchboard.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import switchboard.json.Json;

/**
 * Weekly hours and closures as people type them in the dashboard, one a line: "MON 09:00-17:30",
 * "2026-12-25 Christmas". Turned into the API's JSON, which Hours checks as it checks the API's.
 */
public final class HoursText {
    private HoursText() {}

    /** Null for blank text (always open / no hours). A line that is not "DAY HH:MM-HH:MM" goes on as it is, for Hours to refuse. */
    public static JsonNode weekly(String text) {
        if (text == null || text.isBlank()) return null;
        ArrayNode slots = Json.mapper().createArrayNode();
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) continue;
            var m = java.util.regex.Pattern.compile("(?i)\\s*([a-z]{3})\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*").matcher(line);
            ObjectNode slot = slots.addObject();
            if (m.matches()) {
                slot.put("day", m.group(1).toUpperCase()).put("start", pad(m.group(2))).put("end", pad(m.group(3)));
            } else {
                slot.put("line", line.trim());
            }
        }
        return slots;
    }

    public static JsonNode closures(String text) {
        ArrayNode days = Json.mapper().createArrayNode();
        if (text == null) return days;
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) continue;
            String[] parts = line.trim().split("\\s+", 2);
            ObjectNode day = days.addObject().put("date", parts[0]);
            if (parts.length > 1) day.put("reason", parts[1]);
        }
        return days;
    }

    public static String weeklyText(String json) {
        if (json == null) return "";
        StringBuilder out = new StringBuilder();
        for (JsonNode s : Json.tree(json)) {
            out.append(s.path("day").asText()).append(' ').append(s.path("start").asText()).append('-')
                    .append(s.path("end").asText()).append('\n');
        }
        return out.toString().strip();
    }

    public static String closuresText(String json) {
        if (json == null) return "";
        StringBuilder out = new StringBuilder();
        for (JsonNode c : Json.tree(json)) {
            out.append(c.path("date").asText()).append(c.path("reason").asText("").isEmpty() ? "" : " " + c.path("reason").asText()).append('\n');
        }
        return out.toString().strip();
    }

    private static String pad(String hhmm) {
        return hhmm.length() == 4 ? "0" + hhmm : hhmm;
    }
}
