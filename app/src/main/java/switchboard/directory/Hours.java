package switchboard.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import switchboard.json.Json;
import switchboard.routing.WeeklyHours;

/**
 * Weekly hours and closures as stored (JSON) and as the router uses them. The API validates with
 * {@link #problem}, so what the database holds always parses.
 */
public final class Hours {
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private Hours() {}

    public static WeeklyHours weekly(String json) {
        if (json == null) return WeeklyHours.ALWAYS;
        List<WeeklyHours.Slot> slots = new ArrayList<>();
        for (JsonNode s : read(json)) {
            slots.add(new WeeklyHours.Slot(DayOfWeek.of(DAYS.indexOf(s.get("day").asText()) + 1),
                    time(s.get("start").asText()), time(s.get("end").asText())));
        }
        return new WeeklyHours(List.copyOf(slots));
    }

    public static Map<LocalDate, String> closures(String json) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        if (json == null) return out;
        for (JsonNode c : read(json)) out.put(LocalDate.parse(c.get("date").asText()), c.path("reason").asText(""));
        return out;
    }

    public static ZoneId zone(String id) {
        return id == null ? ZoneId.of("UTC") : ZoneId.of(id);
    }

    /** What is wrong with a weekly-hours array, if anything. */
    public static Optional<String> problem(JsonNode slots) {
        if (!slots.isArray()) return Optional.of("must be an array of {day, start, end}");
        for (int i = 0; i < slots.size(); i++) {
            JsonNode s = slots.get(i);
            if (!s.isObject() || s.size() != 3 || !DAYS.contains(s.path("day").asText())) {
                return Optional.of("[" + i + "] must be {\"day\": MON..SUN, \"start\": \"HH:MM\", \"end\": \"HH:MM\"}");
            }
            Optional<LocalTime> start = parseTime(s.path("start").asText());
            Optional<LocalTime> end = parseTime(s.path("end").asText());
            if (start.isEmpty() || end.isEmpty() || !start.get().isBefore(end.get())) {
                return Optional.of("[" + i + "] needs start before end, as HH:MM (end may be 24:00)");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a closures array, if anything. */
    public static Optional<String> closuresProblem(JsonNode closures) {
        if (!closures.isArray()) return Optional.of("must be an array of {date, reason}");
        for (int i = 0; i < closures.size(); i++) {
            JsonNode c = closures.get(i);
            boolean shape = c.isObject() && c.has("date") && c.size() <= 2 && (c.size() == 1 || c.has("reason"));
            if (!shape || !c.path("reason").isMissingNode() && !c.get("reason").isTextual()) {
                return Optional.of("[" + i + "] must be {\"date\": \"YYYY-MM-DD\", \"reason\": \"...\"}");
            }
            try {
                LocalDate.parse(c.get("date").asText());
            } catch (DateTimeException e) {
                return Optional.of("[" + i + "].date must be YYYY-MM-DD");
            }
        }
        return Optional.empty();
    }

    public static boolean validZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static ArrayNode read(String json) {
        return (ArrayNode) Json.tree(json);
    }

    private static LocalTime time(String hhmm) {
        return hhmm.equals("24:00") ? LocalTime.MAX : LocalTime.parse(hhmm);
    }

    private static Optional<LocalTime> parseTime(String hhmm) {
        if (!hhmm.matches("([01][0-9]|2[0-3]):[0-5][0-9]|24:00")) return Optional.empty();
        return Optional.of(time(hhmm));
    }
}
